using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>The export's Runtime/ folder is src/RuntimeTemplate's sources, all of them and nothing else, byte for byte.</summary>
public sealed class RuntimeSourcesTests
{
    private static readonly string RuntimeRoot = Path.Combine(RepositoryPaths.Root, "src", "RuntimeTemplate");

    [Fact]
    public void Every_runtime_source_is_exported_byte_identical_under_Runtime()
    {
        var expected = Directory.EnumerateFiles(RuntimeRoot, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RuntimeRoot, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var exported = ExportSamples.Export("crm").Files
            .Where(f => f.Path.StartsWith("Runtime/", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(expected.Select(p => "Runtime/" + p), exported.Select(f => f.Path));
        foreach (var file in exported)
        {
            var source = File.ReadAllBytes(Path.Combine(RuntimeRoot, file.Path["Runtime/".Length..]));
            Assert.True(source.AsSpan().SequenceEqual(file.ToBytes()), $"{file.Path} differs from src/RuntimeTemplate: rebuild the Generator.");
        }
    }

    [Fact]
    public void The_migration_runner_ships_with_the_runtime()
    {
        Assert.Contains(RuntimeSources.All, f => f.Path == "Migrations/MigrationRunner.cs");
    }

    [Fact]
    public void The_exported_csproj_asks_for_the_runtime_s_packages_at_their_central_versions()
    {
        var csproj = ExportSamples.Export("crm").Content("Crm.csproj");

        Assert.Contains("<PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"10.0.14\" />", csproj);
        Assert.Contains("<PackageReference Include=\"Npgsql.EntityFrameworkCore.PostgreSQL\" Version=\"10.0.0\" />", csproj);
        Assert.Contains("<PackageReference Include=\"Microsoft.IdentityModel.JsonWebTokens\" Version=\"8.16.0\" />", csproj);
        Assert.Contains("<PackageReference Include=\"Swashbuckle.AspNetCore.SwaggerUI\" Version=\"10.3.1\" />", csproj);
        Assert.Equal(4, PackageVersions.Runtime.Count);
    }
}
