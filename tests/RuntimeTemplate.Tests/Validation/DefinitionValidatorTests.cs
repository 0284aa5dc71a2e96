using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Runtime.Tests.Validation;

public sealed class DefinitionValidatorTests
{
    public static TheoryData<string> ModelCodes() => new(DiagnosticCases.FromModel.Keys);

    public static TheoryData<string> TextCodes() => new(DiagnosticCases.FromText.Keys);

    [Fact]
    public void The_reference_definition_has_no_diagnostics()
    {
        Assert.Empty(DefinitionValidator.Validate(ValidDefinition.Create()));
    }

    [Theory]
    [MemberData(nameof(ModelCodes))]
    public void Each_design_mistake_is_reported_with_its_code_at_its_path(string code)
    {
        var (change, path) = DiagnosticCases.FromModel[code];

        var diagnostics = DefinitionValidator.Validate(change(ValidDefinition.Create()));

        Assert.Contains(diagnostics, d => d.Code == code && d.Path == path);
        var diagnostic = diagnostics.First(d => d.Code == code && d.Path == path);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }

    [Theory]
    [MemberData(nameof(TextCodes))]
    public void Each_unreadable_document_is_reported_with_its_code_at_its_path(string code)
    {
        var (json, path) = DiagnosticCases.FromText[code];

        var diagnostic = Assert.Single(DefinitionValidator.Check(json));

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_case_that_triggers_it()
    {
        var covered = DiagnosticCases.FromModel.Keys.Concat(DiagnosticCases.FromText.Keys).ToHashSet();

        Assert.All(DiagnosticCodes.All, code => Assert.Contains(code, covered));
    }

    [Theory]
    [InlineData(DiagnosticCodes.SensitiveColumnUnmasked, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.AccessOperationUndefined, DiagnosticSeverity.Info)]
    [InlineData(DiagnosticCodes.GuardSystemFieldListed, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.GuardRequiredNotCreateable, DiagnosticSeverity.Warning)]
    public void Severity_tells_what_blocks_an_export(string code, DiagnosticSeverity severity)
    {
        var (change, path) = DiagnosticCases.FromModel[code];

        var diagnostic = DefinitionValidator.Validate(change(ValidDefinition.Create())).First(d => d.Code == code && d.Path == path);

        Assert.Equal(severity, diagnostic.Severity);
    }

    [Fact]
    public void Marking_a_sensitive_column_with_kind_none_silences_the_warning()
    {
        var definition = ValidDefinition.Create().WithOrders(t => t
            .AddColumn(new ColumnDefinition { Name = "email" })
            .WithMasking("email", new MaskingRule { Kind = MaskKind.None }));

        Assert.DoesNotContain(DefinitionValidator.Validate(definition), d => d.Code == DiagnosticCodes.SensitiveColumnUnmasked);
    }

    [Fact]
    public void Hostile_names_are_reported_shortened_and_never_throw()
    {
        var hostile = "x'; DROP TABLE users; --" + new string('a', 5000);
        var definition = ValidDefinition.Create().WithTable("customers", t => t with { Name = hostile });

        var diagnostic = DefinitionValidator.Validate(definition).First(d => d.Code == DiagnosticCodes.NameInvalid);

        Assert.True(diagnostic.Message.Length < 200);
    }

    [Fact]
    public void The_same_field_and_operator_twice_in_one_condition_is_an_error_with_a_fix_because_it_serializes_as_a_duplicate_key()
    {
        var twice = Condition.Of(new Comparison("status", ComparisonOperator.NotEqual, Operand.String("paid")),
            new Comparison("status", ComparisonOperator.NotEqual, Operand.String("shipped")));
        var definition = ValidDefinition.Create().WithOrders(t => t.WithUpdateCondition(twice));

        var diagnostic = Assert.Single(DefinitionValidator.Validate(definition), d => d.Code == DiagnosticCodes.ConditionDuplicateComparison);

        Assert.Equal("$.tables[1].access.update.record.status.notEquals", diagnostic.Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        // Why it is an error: written out, the condition holds the same key twice, which JSON tools read as one value.
        var written = System.Text.Json.Nodes.JsonNode.Parse(DefinitionJson.Serialize(definition))!["tables"]![1]!["access"]!["update"]!["record"]!.ToJsonString();
        Assert.Equal(2, written.Split("\"notEquals\"").Length - 1);
    }

    [Fact]
    public void The_same_field_and_operator_in_separate_and_items_or_with_other_operators_is_fine()
    {
        var separate = new Condition
        {
            Comparisons = [new Comparison("status", ComparisonOperator.NotEqual, Operand.String("paid")), new Comparison("status", ComparisonOperator.IsNull, Operand.Boolean(false))],
            And = [Condition.Of(new Comparison("status", ComparisonOperator.NotEqual, Operand.String("shipped")))],
        };
        var definition = ValidDefinition.Create().WithOrders(t => t.WithUpdateCondition(separate));

        Assert.DoesNotContain(DefinitionValidator.Validate(definition), d => d.Code == DiagnosticCodes.ConditionDuplicateComparison);
    }

    [Fact]
    public void A_firewall_column_is_detected_by_name_and_reported_as_detected()
    {
        var table = ValidDefinition.Create().FindTable("orders")!;

        var firewall = ResolvedFirewall.Resolve(table);

        Assert.Equal("organizationId", firewall.OrganizationColumn);
        Assert.True(firewall.OrganizationDetected);
        Assert.Equal("ownerId", firewall.OwnerColumn);
        Assert.True(firewall.OwnerDetected);
    }

    [Fact]
    public void Firewall_columns_are_system_managed()
    {
        var table = ValidDefinition.Create().FindTable("orders")!;

        var managed = SystemColumns.ManagedFields(table);

        Assert.Contains("organizationId", managed);
        Assert.Contains("ownerId", managed);
        Assert.Contains("createdBy", managed);
        Assert.DoesNotContain("note", managed);
    }
}
