using ApiStudio.Generator.Cli;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("api-studio-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private int Run(params string[] args) => CommandLine.Create(output, error).Parse(args).Invoke();

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Check_of_a_clean_sample_exits_0_and_says_so()
    {
        var exitCode = Run("check", Path.Combine(RepositoryPaths.Samples, "crm.api.json"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("crm.api.json: no problems.", output.ToString().Trim());
    }

    [Fact]
    public void Check_prints_one_line_per_diagnostic_and_exits_1_on_an_error()
    {
        var path = Write("api.json", """
            { "version": 1, "tables": [ { "name": "items", "columns": [ { "name": "title" } ] } ] }
            """);

        var exitCode = Run("check", path);

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        var lines = output.ToString().Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("error TABLE_NO_PRIMARY_KEY $.tables[0].columns:"));
        Assert.Contains(lines, l => l.StartsWith("error FIREWALL_NO_ORG_COLUMN $.tables[0].firewall:"));
        Assert.EndsWith("api.json: 2 errors, 0 warnings.", lines[^1]);
    }

    [Fact]
    public void Check_exits_0_when_there_are_only_warnings()
    {
        var path = Write("api.json", """{ "version": 1 }""");

        var exitCode = Run("check", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("warning TABLE_NONE $.tables", output.ToString());
    }

    [Fact]
    public void Check_of_malformed_json_prints_the_line_and_column_and_exits_1()
    {
        var path = Write("api.json", "{\n  \"version\": 1,\n  \"tables\": [\n}");

        var exitCode = Run("check", path);

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        Assert.Matches(@"^error JSON_MALFORMED \$ \(line 4, column \d+\): Malformed JSON", output.ToString());
        Assert.DoesNotContain("   at ", output.ToString());
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2_with_a_message()
    {
        var exitCode = Run("check", Path.Combine(folder, "nope.json"));

        Assert.Equal(ExitCodes.FileProblem, exitCode);
        Assert.Contains("does not exist", error.ToString());
    }

    [Fact]
    public void Format_rewrites_a_definition_in_canonical_form_without_losing_anything()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "hiring.api.json"));
        var path = Write("hiring.api.json", original);

        Assert.Equal(ExitCodes.Success, Run("format", path));

        var formatted = File.ReadAllText(path);
        Assert.Equal(DefinitionJson.Serialize(DefinitionJson.Parse(original).Definition!), formatted);
        Assert.Equal(ExitCodes.Success, Run("format", path));
        Assert.Contains("already formatted", output.ToString());
    }

    [Fact]
    public void Format_leaves_a_malformed_file_untouched_and_exits_1()
    {
        var path = Write("api.json", "{ broken");

        Assert.Equal(ExitCodes.DefinitionErrors, Run("format", path));
        Assert.Equal("{ broken", File.ReadAllText(path));
    }

    [Fact]
    public void The_committed_json_schema_matches_the_model()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "api.schema.json"));

        Assert.True(committed == DefinitionSchema.Generate(),
            "schema/api.schema.json is out of date: run dotnet run --project src/Generator -- schema --out schema/api.schema.json");
    }
}
