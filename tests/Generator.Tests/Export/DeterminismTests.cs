using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Export;

public sealed class DeterminismTests
{
    public static TheoryData<string> Samples() => ExportSamples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Two_exports_of_one_definition_are_identical(string sample)
    {
        var first = ProjectExporter.Export(ExportSamples.Definition(sample));
        var second = ProjectExporter.Export(ExportSamples.Definition(sample));

        Assert.Equal(first.Name, second.Name);
        Assert.Equal(first.Files, second.Files);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Two_zips_of_one_definition_are_byte_identical(string sample)
    {
        var first = ZipPackager.Package(ProjectExporter.Export(ExportSamples.Definition(sample)));
        var second = ZipPackager.Package(ProjectExporter.Export(ExportSamples.Definition(sample)));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Files_are_sorted_with_unix_line_ends_and_no_machine_paths(string sample)
    {
        var project = ExportSamples.Export(sample);

        Assert.Equal(project.Files.Select(f => f.Path).Order(StringComparer.Ordinal), project.Files.Select(f => f.Path));
        Assert.All(project.Files, file =>
        {
            Assert.DoesNotContain('\r', file.Content);
            Assert.DoesNotContain(RepositoryPaths.Root, file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), file.Content, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_export_with_a_previous_definition_adds_the_migration_from_it_for_both_providers()
    {
        var current = ExportSamples.Definition("crm");
        var previous = current with { Tables = current.Tables.Take(2).ToList() };

        var project = ProjectExporter.Export(current, previous);
        var id = MigrationFiles.UpgradeId(previous, current);

        Assert.StartsWith("0002_update_", id);
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            Assert.Contains("Create table deals", project.Content($"Migrations/{provider}/{id}.sql"));
            var initial = project.Content($"Migrations/{provider}/0001_initial.sql");
            Assert.DoesNotContain("deals", initial);
            Assert.Contains("auth_users", initial);
        }
    }
}
