using System.Collections.Concurrent;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>The samples and their exports, made once per test run.</summary>
internal static class ExportSamples
{
    private static readonly ConcurrentDictionary<string, ExportedProject> Exports = new(StringComparer.Ordinal);

    /// <summary>Every sample under samples/, by name (<c>crm</c> for crm.api.json).</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var file in RepositoryPaths.SampleFiles())
        {
            names.Add(Path.GetFileName(file)[..^".api.json".Length]);
        }

        return names;
    }

    public static ApiDefinition Definition(string sample) =>
        DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, $"{sample}.api.json"))).Definition!;

    public static ExportedProject Export(string sample) => Exports.GetOrAdd(sample, name => ProjectExporter.Export(Definition(name)));

    /// <summary>The files the Generator writes itself, without the runtime's sources.</summary>
    public static IEnumerable<ExportFile> Generated(ExportedProject project) =>
        project.Files.Where(f => !f.Path.StartsWith(ExportLayout.RuntimeFolder + "/", StringComparison.Ordinal));
}
