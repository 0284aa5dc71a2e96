namespace ApiStudio.Generator.Export;

/// <summary>
/// The runtime's C# sources as embedded into the Generator from src/RuntimeTemplate (obj and bin left out),
/// exported under <c>Runtime/</c> byte for byte but for line ends, so the exported API runs the code the
/// Studio simulates with.
/// </summary>
public static class RuntimeSources
{
    private const string Prefix = "RuntimeTemplate/";

    private static readonly Lazy<IReadOnlyList<ExportFile>> Files = new(Read);

    /// <summary>Every source file, its path relative to src/RuntimeTemplate, sorted.</summary>
    public static IReadOnlyList<ExportFile> All => Files.Value;

    private static IReadOnlyList<ExportFile> Read() => EmbeddedText.Names()
        .Where(n => n.Name.StartsWith(Prefix, StringComparison.Ordinal) && n.Name.EndsWith(".cs", StringComparison.Ordinal))
        .Select(n => new ExportFile(n.Name[Prefix.Length..], EmbeddedText.Read(n.ResourceName).ReplaceLineEndings("\n")))
        .OrderBy(f => f.Path, StringComparer.Ordinal)
        .ToList();
}
