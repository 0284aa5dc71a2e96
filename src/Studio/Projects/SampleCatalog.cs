namespace ApiStudio.Studio.Projects;

/// <summary>
/// The example definitions a new project can start from: the repository's <c>samples/*.api.json</c>,
/// copied beside the app at build time so they are found wherever the Studio runs from.
/// </summary>
public sealed class SampleCatalog(string folder)
{
    private const string Suffix = ".api.json";

    public SampleCatalog()
        : this(Path.Combine(AppContext.BaseDirectory, "samples"))
    {
    }

    /// <summary>File names such as <c>crm.api.json</c>, sorted.</summary>
    public IReadOnlyList<string> List() =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Suffix).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The text of a listed sample; null for any name that is not one (no paths accepted).</summary>
    public async Task<string?> ReadAsync(string fileName, CancellationToken cancellationToken = default) =>
        List().Contains(fileName) ? await File.ReadAllTextAsync(Path.Combine(folder, fileName), cancellationToken) : null;

    /// <summary><c>crm.api.json</c> becomes <c>crm</c>.</summary>
    public static string DisplayName(string fileName) =>
        fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? fileName[..^Suffix.Length] : fileName;
}
