using System.Text;

namespace ApiStudio.Generator.Export;

/// <summary>Builds C# (four-space indents) and XML (two) text with <c>\n</c> line ends, whatever the platform.</summary>
internal sealed class CodeWriter(int indentSize = 4)
{
    private readonly StringBuilder text = new();
    private int depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * indentSize).Append(line);
        }

        text.Append('\n');
        return this;
    }

    public CodeWriter Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="opening"/> (when given) and <c>{</c>; disposing writes the closing brace and <paramref name="closing"/>.</summary>
    public IDisposable Block(string? opening = null, string closing = "}")
    {
        if (opening is not null)
        {
            Line(opening);
        }

        Line("{");
        depth++;
        return new Closer(this, closing);
    }

    public IDisposable Indent()
    {
        depth++;
        return new Closer(this, null);
    }

    /// <summary>An XML doc comment: <c>/// &lt;summary&gt;</c> with the text escaped, one line per paragraph line.</summary>
    public CodeWriter Summary(string text) => DocElement("summary", text);

    public CodeWriter DocElement(string element, string text, string attributes = "")
    {
        var lines = XmlDocText.Lines(text);
        if (lines.Count == 1)
        {
            return Line($"/// <{element}{attributes}>{lines[0]}</{element}>");
        }

        Line($"/// <{element}{attributes}>");
        foreach (var line in lines)
        {
            Line("/// " + line);
        }

        return Line($"/// </{element}>");
    }

    public override string ToString() => text.ToString();

    private sealed class Closer(CodeWriter writer, string? closing) : IDisposable
    {
        public void Dispose()
        {
            writer.depth--;
            if (closing is not null)
            {
                writer.Line(closing);
            }
        }
    }
}
