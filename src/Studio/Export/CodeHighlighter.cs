using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ApiStudio.Studio.Export;

/// <summary>
/// Colours an exported file for the code preview: comments, strings, numbers and the keywords of its
/// language (C#, JSON, SQL, XML, Markdown). Everything else is HTML-escaped text.
/// </summary>
public static partial class CodeHighlighter
{
    private static readonly HashSet<string> CSharpKeywords =
    [
        "using", "namespace", "public", "private", "internal", "protected", "static", "sealed", "partial", "class", "record", "interface",
        "enum", "struct", "void", "return", "var", "new", "if", "else", "foreach", "for", "while", "switch", "case", "default", "async",
        "await", "string", "int", "long", "double", "bool", "object", "true", "false", "null", "this", "get", "set", "init", "required",
        "readonly", "const", "override", "virtual", "throw", "try", "catch", "finally", "in", "is", "not", "and", "or", "when", "with",
    ];

    private static readonly HashSet<string> SqlKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "TABLE", "INDEX", "UNIQUE", "ON", "INSERT", "INTO", "VALUES", "BEGIN", "COMMIT", "ALTER", "ADD", "COLUMN", "RENAME",
        "TO", "PRIMARY", "KEY", "NOT", "NULL", "CONSTRAINT", "DEFAULT", "IF", "EXISTS", "TEXT", "INTEGER", "REAL", "BOOLEAN", "DROP",
    };

    private static readonly HashSet<string> NoKeywords = [];

    public static string Highlight(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        (Regex? pattern, IReadOnlySet<string> keywords) = extension switch
        {
            ".cs" => (CSharpTokens(), CSharpKeywords),
            ".sql" => (SqlTokens(), SqlKeywords),
            ".json" => (JsonTokens(), NoKeywords),
            ".csproj" or ".xml" or ".props" => (XmlTokens(), NoKeywords),
            _ => ((Regex?)null, NoKeywords),
        };
        if (pattern is null)
        {
            return WebUtility.HtmlEncode(text);
        }

        var html = new StringBuilder(text.Length * 2);
        var last = 0;
        foreach (Match match in pattern.Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[last..match.Index]));
            var kind = match.Groups["comment"].Success ? "comment"
                : match.Groups["string"].Success ? "string"
                : match.Groups["number"].Success ? "number"
                : match.Groups["tag"].Success ? "keyword"
                : keywords.Contains(match.Value) ? "keyword" : null;
            var encoded = WebUtility.HtmlEncode(match.Value);
            html.Append(kind is null ? encoded : $"<span class=\"tok-{kind}\">{encoded}</span>");
            last = match.Index + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..]));
        return html.ToString();
    }

    [GeneratedRegex("""(?<comment>//[^\n]*|/\*.*?\*/)|(?<string>@?"(?:[^"\\\n]|\\.)*")|(?<number>\b\d+(?:\.\d+)?\b)|(?<word>\b[A-Za-z_]\w*\b)""", RegexOptions.Singleline)]
    private static partial Regex CSharpTokens();

    [GeneratedRegex("""(?<comment>--[^\n]*)|(?<string>'(?:[^']|'')*'|"[^"\n]*")|(?<number>\b\d+\b)|(?<word>\b[A-Za-z_]\w*\b)""")]
    private static partial Regex SqlTokens();

    [GeneratedRegex("""(?<string>"(?:[^"\\\n]|\\.)*")|(?<number>-?\b\d+(?:\.\d+)?\b)|(?<word>\b(?:true|false|null)\b)""")]
    private static partial Regex JsonTokens();

    [GeneratedRegex("""(?<comment><!--.*?-->)|(?<tag></?[A-Za-z][\w.]*)|(?<string>"[^"\n]*")""", RegexOptions.Singleline)]
    private static partial Regex XmlTokens();
}
