using System.Text;

namespace ApiStudio.Generator.Export;

/// <summary>
/// One file of an exported project: a relative path with '/' separators and UTF-8 text with <c>\n</c> line ends.
/// Files under <see cref="ExportLayout.CustomFolder"/> are the user's: written only where none exists yet.
/// </summary>
public sealed record ExportFile(string Path, string Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public bool IsUserCode => ExportLayout.IsUserCode(Path);

    public byte[] ToBytes() => Utf8.GetBytes(Content);
}
