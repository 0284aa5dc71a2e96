using System.IO.Compression;
using ApiStudio.Generator.Cli;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Export;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("api-studio-export-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private static string Crm => Path.Combine(RepositoryPaths.Samples, "crm.api.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private int Run(params string[] args) => CommandLine.Create(output, error).Parse(args).Invoke();

    private string Path_(string name) => Path.Combine(folder, name);

    [Fact]
    public void Export_to_a_folder_exits_0_and_writes_the_project()
    {
        var exitCode = Run("export", Crm, "--out", Path_("crm"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(File.Exists(Path.Combine(Path_("crm"), "Crm.csproj")));
        Assert.StartsWith($"Exported Crm to {Path_("crm")}", output.ToString());
    }

    [Fact]
    public void Export_to_a_zip_exits_0_and_writes_the_zip()
    {
        var exitCode = Run("export", Crm, "--zip", Path_("crm.zip"));

        Assert.Equal(ExitCodes.Success, exitCode);
        using var zip = ZipFile.OpenRead(Path_("crm.zip"));
        Assert.NotNull(zip.GetEntry("Crm/Program.cs"));
    }

    [Fact]
    public void An_invalid_definition_prints_its_diagnostics_one_a_line_exits_1_and_writes_nothing()
    {
        var invalid = Path_("api.json");
        File.WriteAllText(invalid, """{ "version": 1, "tables": [ { "name": "items", "columns": [ { "name": "title" } ] } ] }""");

        var exitCode = Run("export", invalid, "--out", Path_("out"), "--zip", Path_("out.zip"));

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        var lines = output.ToString().Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("api.json: error TABLE_NO_PRIMARY_KEY $.tables[0].columns:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("api.json: error FIREWALL_NO_ORG_COLUMN", StringComparison.Ordinal));
        Assert.Equal(["api.json"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_malformed_previous_definition_stops_the_export_with_exit_code_1()
    {
        var previous = Path_("old.json");
        File.WriteAllText(previous, "{ not json");

        var exitCode = Run("export", Crm, "--out", Path_("out"), "--previous", previous);

        Assert.Equal(ExitCodes.DefinitionErrors, exitCode);
        Assert.Contains("old.json: error JSON_MALFORMED", output.ToString());
        Assert.False(Directory.Exists(Path_("out")));
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var exitCode = Run("export", Path_("missing.json"), "--out", Path_("out"));

        Assert.Equal(ExitCodes.FileProblem, exitCode);
        Assert.Contains("does not exist", error.ToString());
    }

    [Fact]
    public void A_non_empty_folder_exits_2_without_force_and_is_replaced_with_force()
    {
        Directory.CreateDirectory(Path_("crm"));
        File.WriteAllText(Path.Combine(Path_("crm"), "notes.txt"), "mine");

        Assert.Equal(ExitCodes.FileProblem, Run("export", Crm, "--out", Path_("crm")));
        Assert.Contains("--force", error.ToString());
        Assert.False(File.Exists(Path.Combine(Path_("crm"), "Program.cs")));

        Assert.Equal(ExitCodes.Success, Run("export", Crm, "--out", Path_("crm"), "--force"));
        Assert.True(File.Exists(Path.Combine(Path_("crm"), "Program.cs")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Path_("crm"), "notes.txt")));
    }

    [Fact]
    public void Without_out_or_zip_the_command_is_refused()
    {
        var exitCode = Run("export", Crm);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Previous_adds_the_upgrade_migration()
    {
        var crm = ExportSamples.Definition("crm");
        var old = Path_("old.json");
        File.WriteAllText(old, DefinitionJson.Serialize(crm with { Tables = crm.Tables.Take(3).ToList() }));

        var exitCode = Run("export", Crm, "--out", Path_("crm"), "--previous", old);

        Assert.Equal(ExitCodes.Success, exitCode);
        var migrations = Directory.GetFiles(Path.Combine(Path_("crm"), "Migrations", "sqlite")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, migrations.Count);
        Assert.Equal("0001_initial.sql", migrations[0]);
        Assert.Contains("Create table notes", File.ReadAllText(Path.Combine(Path_("crm"), "Migrations", "sqlite", migrations[1]!)));
    }

    [Fact]
    public void Re_exporting_another_version_over_an_export_without_previous_says_how_to_migrate()
    {
        Assert.Equal(ExitCodes.Success, Run("export", Crm, "--out", Path_("crm")));
        var changed = Path_("changed.json");
        File.WriteAllText(changed, File.ReadAllText(Crm).Replace("\"description\": \"People at companies.\"", "\"description\": \"People.\""));

        Assert.Equal(ExitCodes.Success, Run("export", changed, "--out", Path_("crm"), "--force"));

        Assert.Contains("--previous", error.ToString());
    }
}
