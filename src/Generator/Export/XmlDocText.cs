using System.Security;

namespace ApiStudio.Generator.Export;

/// <summary>Text from a definition made safe for an XML doc comment: escaped, one entry per line, never empty.</summary>
internal static class XmlDocText
{
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Trim().Split('\n')
            .Select(line => SecurityElement.Escape(line.TrimEnd()))
            .ToList();
        return lines.Count == 0 || (lines.Count == 1 && lines[0].Length == 0) ? ["(no description)"] : lines;
    }

    /// <summary>A short inline fragment, for use inside a larger doc line.</summary>
    public static string Inline(string text) => SecurityElement.Escape(text.ReplaceLineEndings(" ").Trim());
}
