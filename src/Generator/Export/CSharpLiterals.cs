using System.Text;

namespace ApiStudio.Generator.Export;

/// <summary>C# string literals for names and texts taken from a definition.</summary>
internal static class CSharpLiterals
{
    public static string String(string value)
    {
        var literal = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }
}
