using System.Reflection;
using System.Xml.Linq;

namespace ApiStudio.Generator.Export;

/// <summary>Text resources embedded in the Generator at build time (the runtime's sources and build files).</summary>
internal static class EmbeddedText
{
    private static readonly Assembly Assembly = typeof(EmbeddedText).Assembly;

    /// <summary>Every resource name, with '/' separators whatever platform built the assembly.</summary>
    public static IEnumerable<(string Name, string ResourceName)> Names() =>
        Assembly.GetManifestResourceNames().Select(n => (n.Replace('\\', '/'), n));

    public static string Read(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The Generator was built without the resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static XDocument Xml(string name) =>
        XDocument.Parse(Read(Names().FirstOrDefault(n => n.Name == name).ResourceName ?? name));
}
