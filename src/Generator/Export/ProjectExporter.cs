using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.OpenApi;

namespace ApiStudio.Generator.Export;

/// <summary>
/// Turns a definition into a standalone ASP.NET Core project, in memory: the same definition (and previous
/// definition) always gives the same files, byte for byte: sorted paths, <c>\n</c> line ends, no timestamps,
/// no absolute paths. Write it with <see cref="FolderWriter"/> or <see cref="ZipPackager"/>.
/// </summary>
public static class ProjectExporter
{
    /// <param name="definition">A definition the validator accepts (an export of an invalid one would not start).</param>
    /// <param name="previous">The definition the API's databases run now, if any: the export then carries the
    /// migration from it, and its initial migration creates the previous schema.</param>
    public static ExportedProject Export(ApiDefinition definition, ApiDefinition? previous = null)
    {
        ArgumentNullException.ThrowIfNull(definition);

        // The sample's relative $schema would dangle in an exported folder.
        definition = definition with { Schema = null };
        previous = previous is null ? null : previous with { Schema = null };
        var names = ExportNames.For(definition);

        // The slowest part, the OpenAPI document, runs alongside the rest; the migrations (EF Core's model and SQL per
        // provider) follow on this thread and one pooled one. No pooled thread waits on another pooled task, so two
        // cores stay busy without the thread pool having to grow.
        var openApi = Task.Run(() => OpenApiDocumentBuilder.Serialize(definition));
        var files = new List<ExportFile>
        {
            ProjectFile.Render(names),
            ProjectFile.DirectoryBuildProps(),
            ProgramFile.Render(names),
            DefinitionLoaderFile.Render(names),
            TableModelFile.Render(names),
            GitIgnoreFile.Render(),
            ReadmeFile.Render(definition, names, previous),
            new("api.json", DefinitionJson.Serialize(definition)),
        };
        files.AddRange(names.Entities.Select(entity => EntityFile.Render(names, entity)));
        files.AddRange(ActionHandlerFiles.Render(definition, names));
        files.AddRange(SettingsFiles.Render(definition));
        files.AddRange(RuntimeSources.All.Select(source => source with { Path = $"{ExportLayout.RuntimeFolder}/{source.Path}" }));
        files.AddRange(MigrationFiles.Render(definition, previous));
        files.Add(new ExportFile("openapi.json", openApi.GetAwaiter().GetResult()));

        var normalized = files
            .Select(file => file.Content.Contains('\r', StringComparison.Ordinal) ? file with { Content = file.Content.ReplaceLineEndings("\n") } : file)
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var duplicate = normalized.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two exported files would share the path {duplicate.Key}.");
        }

        return new ExportedProject(names.RootNamespace, normalized);
    }
}
