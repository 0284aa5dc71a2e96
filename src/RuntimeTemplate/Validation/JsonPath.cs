using System.Text.RegularExpressions;

namespace ApiStudio.Runtime.Validation;

/// <summary>Builds the JSON paths diagnostics point at: <c>$.tables[0].masking.email</c>.</summary>
public static partial class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\").Replace("'", "\\'")}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();
}
