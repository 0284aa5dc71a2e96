using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Runtime.Tests.Definition;

public sealed class DefinitionJsonTests
{
    public static TheoryData<string> Samples() => new(RepositoryPaths.SampleFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_survives_load_save_load_unchanged(string sample)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, sample));
        var first = DefinitionJson.Parse(original);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var saved = DefinitionJson.Serialize(first.Definition!);
        var second = DefinitionJson.Parse(saved);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(saved, DefinitionJson.Serialize(second.Definition!));
        Assert.Equal(first.Definition!.Tables.Count, second.Definition!.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates_without_errors_or_warnings(string sample)
    {
        var diagnostics = DefinitionValidator.Check(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, sample)));

        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Saving_leaves_out_defaults_but_keeps_version_and_column_types()
    {
        var definition = new ApiDefinition
        {
            Project = new ProjectSettings { Name = "tiny" },
            Tables = [new TableDefinition { Name = "items", Columns = [new ColumnDefinition { Name = "id", Type = ColumnType.Text, PrimaryKey = true }] }],
        };

        var json = DefinitionJson.Serialize(definition);

        Assert.Contains("\"version\": 1", json);
        Assert.Contains("\"type\": \"text\"", json);
        Assert.DoesNotContain("basePath", json);
        Assert.DoesNotContain("nullable", json);
        Assert.DoesNotContain("softDelete", json);
    }

    [Fact]
    public void A_non_nullable_column_keeps_nullable_false_when_saved()
    {
        var definition = new ApiDefinition
        {
            Tables = [new TableDefinition { Name = "items", Columns = [new ColumnDefinition { Name = "title", Nullable = false }] }],
        };

        var reloaded = DefinitionJson.Parse(DefinitionJson.Serialize(definition)).Definition!;

        Assert.False(reloaded.Tables[0].Columns[0].Nullable);
    }

    [Fact]
    public void Conditions_keep_their_tree_and_values_through_a_round_trip()
    {
        const string json = """
            { "version": 1, "tables": [ { "name": "deals", "access": { "update": { "roles": ["sales"],
              "record": { "stage": { "notIn": ["won", "lost"] }, "amount": { "greaterThan": 10.5, "lessThan": 1000 },
                          "or": [ { "ownerId": { "equals": "$ctx.userId" } }, { "note": { "equals": "$$literal" } } ] } } } } ] }
            """;

        var condition = DefinitionJson.Parse(json).Definition!.Tables[0].Access.Update!.Record!;

        Assert.Equal(3, condition.Comparisons.Count);
        Assert.Equal(Operand.List(Operand.String("won"), Operand.String("lost")), condition.Comparisons[0].Value);
        Assert.Equal(Operand.Number(10.5m), condition.Comparisons[1].Value);
        Assert.Equal(Operand.Reference("$ctx.userId"), condition.Or[0].Comparisons[0].Value);
        Assert.Equal(Operand.String("$literal"), condition.Or[1].Comparisons[0].Value);

        var reparsed = DefinitionJson.Parse(DefinitionJson.Serialize(DefinitionJson.Parse(json).Definition!)).Definition!;
        Assert.Equal(ConditionText.Render(condition), ConditionText.Render(reparsed.Tables[0].Access.Update!.Record!));
    }

    [Fact]
    public void Malformed_json_gives_one_diagnostic_with_line_and_column()
    {
        const string json = "{\n  \"version\": 1,\n  \"tables\": [ { \"name\": \"a\" } \n}";

        var result = DefinitionJson.Parse(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.JsonMalformed, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
        Assert.NotNull(diagnostic.Column);
        Assert.DoesNotContain("   at ", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_path_and_the_known_fields()
    {
        var result = DefinitionJson.Parse("""{ "version": 1, "project": { "name": "x", "colour": "red" } }""");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.JsonUnknownField, diagnostic.Code);
        Assert.Equal("$.project.colour", diagnostic.Path);
        Assert.Contains("'colour'", diagnostic.Message);
        Assert.Contains("basePath", diagnostic.Hint);
    }

    [Fact]
    public void A_wrong_enum_value_lists_the_allowed_ones()
    {
        var result = DefinitionJson.Parse("""{ "tables": [ { "name": "a", "columns": [ { "name": "id", "type": "varchar" } ] } ] }""");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.JsonInvalidValue, diagnostic.Code);
        Assert.Equal("$.tables[0].columns[0].type", diagnostic.Path);
        Assert.Contains("text, integer, real, boolean, timestamp, json, uuid", diagnostic.Message);
    }

    [Theory]
    [InlineData("""{ "version": "one" }""", "$.version")]
    [InlineData("""{ "tables": [ { "columns": [] } ] }""", "$.tables[0]")]
    [InlineData("""{ "tables": [ { "name": null } ] }""", "$.tables[0].name")]
    [InlineData("""{ "project": { "maxBatchSize": 1e400 } }""", "$.project.maxBatchSize")]
    [InlineData("""{ "tables": [ { "name": "a", "access": { "get": { "record": { "x": { "like": 1 } } } } } ] }""", "$.tables[0].access.get.record")]
    [InlineData("""{ "version": 1, "version": 2 }""", "$")]
    public void Wrong_shapes_give_a_diagnostic_instead_of_an_exception(string json, string pathPrefix)
    {
        var result = DefinitionJson.Parse(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.IsError);
        Assert.StartsWith(pathPrefix, diagnostic.Path);
    }

    [Fact]
    public void Deeply_nested_input_is_refused_with_a_diagnostic()
    {
        var json = "{ \"tables\": [ { \"name\": \"a\", \"access\": { \"get\": { \"record\": " + string.Concat(Enumerable.Repeat("{ \"or\": [", 100)) + "{}" + string.Concat(Enumerable.Repeat("] }", 100)) + " } } } ] }";

        var result = DefinitionJson.Parse(json);

        Assert.False(result.Succeeded);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Empty_and_oversized_documents_are_refused_with_a_diagnostic()
    {
        Assert.Equal(DiagnosticCodes.JsonMalformed, Assert.Single(DefinitionJson.Parse("  ").Diagnostics).Code);

        var huge = "{ \"project\": { \"description\": \"" + new string('x', DefinitionJson.MaxDocumentBytes) + "\" } }";
        Assert.Equal(DiagnosticCodes.JsonTooLarge, Assert.Single(DefinitionJson.Parse(huge).Diagnostics).Code);
    }
}
