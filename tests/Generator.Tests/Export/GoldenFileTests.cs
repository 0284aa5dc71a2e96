using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.OpenApi;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>
/// Each sample's export against the files committed under Export/Golden/{sample}/. The runtime's sources and
/// the OpenAPI document are checked against their sources instead. To accept a deliberate change, run the
/// tests with APISTUDIO_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    private const string UpdateVariable = "APISTUDIO_UPDATE_GOLDEN";
    private const string OpenApiFile = "openapi.json";

    public static TheoryData<string> Samples() => ExportSamples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_generated_files_match_the_golden_files(string sample)
    {
        var files = ExportSamples.Generated(ExportSamples.Export(sample)).Where(f => f.Path != OpenApiFile).ToList();
        var root = Path.Combine(RepositoryPaths.Root, "tests", "Generator.Tests", "Export", "Golden", sample);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Rewrite(root, files);
        }

        var golden = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.Equal(golden, files.Select(f => f.Path));
        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(root, file.Path));
            Assert.True(expected.AsSpan().SequenceEqual(file.ToBytes()),
                $"{sample}/{file.Path} differs from its golden file at line {FirstDifference(expected, file.Content)}; " +
                $"if the change is meant, run the tests with {UpdateVariable}=1 and review the diff.");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_openapi_document_and_api_json_are_the_runtime_s_own(string sample)
    {
        var project = ExportSamples.Export(sample);
        var definition = ExportSamples.Definition(sample) with { Schema = null };

        Assert.Equal(OpenApiDocumentBuilder.Serialize(definition).ReplaceLineEndings("\n"), project.Content(OpenApiFile));
        Assert.Equal(DefinitionJson.Serialize(definition).ReplaceLineEndings("\n"), project.Content("api.json"));
    }

    private static void Rewrite(string root, IReadOnlyList<ExportFile> files)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.ToBytes());
        }
    }

    private static int FirstDifference(byte[] expected, string actual)
    {
        var expectedLines = System.Text.Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i])
            {
                return i + 1;
            }
        }

        return Math.Min(expectedLines.Length, actualLines.Length) + 1;
    }
}
