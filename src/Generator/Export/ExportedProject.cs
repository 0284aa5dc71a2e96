namespace ApiStudio.Generator.Export;

/// <summary>A standalone ASP.NET Core project made from a definition, as files sorted by path.</summary>
/// <param name="Name">The project's PascalCase name: its root namespace, assembly and csproj name.</param>
/// <param name="Files">Every file, sorted by path (ordinal).</param>
public sealed record ExportedProject(string Name, IReadOnlyList<ExportFile> Files)
{
    public ExportFile? Find(string path) => Files.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    public string Content(string path) => Find(path)?.Content ?? throw new KeyNotFoundException($"The export has no file {path}.");
}
