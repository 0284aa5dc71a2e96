using ApiStudio.Generator.Cli;
using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Migrations;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("api-studio-migrate-").FullName;
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
    public void Migrate_prints_the_sql_and_exits_0()
    {
        var exitCode = Run("migrate", Write("v1.json", ShopDefinitions.V1Json), Write("v2.json", ShopDefinitions.V2Json), "--provider", "sqlite");

        Assert.Equal(ExitCodes.Success, exitCode);
        var expected = MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2), Runtime.Definition.DatabaseProvider.Sqlite);
        Assert.Equal(expected, output.ToString());
        Assert.Contains("ALTER TABLE \"customers\" RENAME COLUMN \"mail\" TO \"email\";", output.ToString());
    }

    [Fact]
    public void Migrate_writes_the_notes_for_the_reviewer_to_standard_error()
    {
        Run("migrate", Write("v1.json", ShopDefinitions.V1Json), Write("v2.json", ShopDefinitions.V2Json));

        Assert.Contains("note: Column customers.fax is no longer in the definition", error.ToString());
        Assert.DoesNotContain("note:", output.ToString());
    }

    [Fact]
    public void Migrate_writes_sql_for_the_new_definitions_database_unless_told_otherwise()
    {
        // v2 says project.database is postgres.
        Run("migrate", Write("v1.json", ShopDefinitions.V1Json), Write("v2.json", ShopDefinitions.V2Json));

        Assert.Contains("-- Provider: postgres.", output.ToString());
        Assert.Contains("ALTER TABLE customers RENAME COLUMN mail TO email;", output.ToString());
    }

    [Fact]
    public void Migrate_of_a_single_file_prints_its_initial_schema_with_the_given_id()
    {
        var exitCode = Run("migrate", Path.Combine(RepositoryPaths.Samples, "crm.api.json"), "--id", "0001_initial");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("-- api-studio migration 0001_initial\n-- Provider: sqlite. Initial schema.", output.ToString());
        Assert.Contains("CREATE TABLE \"contacts\" (", output.ToString());
    }

    [Fact]
    public void Migrate_of_an_invalid_definition_prints_its_diagnostics_one_a_line_and_exits_1()
    {
        var broken = Write("v2.json", """{ "version": 1, "tables": [ { "name": "items", "columns": [ { "name": "title" } ] } ] }""");

        var exitCode = Run("migrate", Write("v1.json", ShopDefinitions.V1Json), broken);

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        var lines = output.ToString().Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("v2.json: error TABLE_NO_PRIMARY_KEY $.tables[0].columns:", StringComparison.Ordinal));
        Assert.DoesNotContain("BEGIN;", output.ToString());
    }

    [Fact]
    public void Migrate_of_malformed_json_exits_1_with_the_line_and_column()
    {
        var exitCode = Run("migrate", Write("v1.json", "{ broken"), Write("v2.json", ShopDefinitions.V2Json));

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        Assert.Matches(@"^v1\.json: error JSON_MALFORMED \$ \(line 1, column \d+\)", output.ToString());
    }

    [Fact]
    public void Migrate_of_a_missing_file_exits_2_with_a_message()
    {
        var exitCode = Run("migrate", Path.Combine(folder, "nope.json"), Write("v2.json", ShopDefinitions.V2Json));

        Assert.Equal(ExitCodes.FileProblem, exitCode);
        Assert.Contains("does not exist", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Migrate_refuses_an_unknown_provider()
    {
        var exitCode = Run("migrate", Write("v2.json", ShopDefinitions.V2Json), "--provider", "oracle");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.DoesNotContain("BEGIN;", output.ToString());
    }
}
