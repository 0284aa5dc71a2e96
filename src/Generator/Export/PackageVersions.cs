using System.Xml.Linq;

namespace ApiStudio.Generator.Export;

/// <summary>
/// The packages the runtime references and the versions the repository pins centrally, read from copies of
/// RuntimeTemplate.csproj and Directory.Packages.props embedded at build time, so an export asks for exactly
/// the versions the runtime was built and tested with.
/// </summary>
public static class PackageVersions
{
    private static readonly Lazy<IReadOnlyList<(string Package, string Version)>> Packages = new(Read);

    /// <summary>The runtime's package references with their versions, sorted by package id.</summary>
    public static IReadOnlyList<(string Package, string Version)> Runtime => Packages.Value;

    private static IReadOnlyList<(string Package, string Version)> Read()
    {
        var project = EmbeddedText.Xml("Build/RuntimeTemplate.csproj");
        var central = EmbeddedText.Xml("Build/Directory.Packages.props");
        var versions = central.Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        return project.Descendants("PackageReference")
            .Select(p => (string)p.Attribute("Include")!)
            .Select(id => (id, versions.TryGetValue(id, out var version)
                ? version
                : throw new InvalidOperationException($"Directory.Packages.props pins no version of {id}, which the runtime references.")))
            .OrderBy(p => p.id, StringComparer.Ordinal)
            .ToList();
    }
}
