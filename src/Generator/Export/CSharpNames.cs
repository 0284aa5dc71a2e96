namespace ApiStudio.Generator.Export;

/// <summary>
/// Spellings of definition names in C#. Pascal and Singular follow the OpenAPI document's rules (deals gives
/// Deal), so the entity classes and the documented schemas carry the same names.
/// </summary>
public static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary><c>first_name</c> and <c>firstName</c> give <c>FirstName</c>; <c>my-api</c> gives <c>MyApi</c>.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>English plural to singular for the common endings; anything unusual is left as written.</summary>
    public static string Singular(string name)
    {
        if (name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 3)
        {
            return name[..^3] + "y";
        }

        if (name.EndsWith("sses", StringComparison.Ordinal) || name.EndsWith("xes", StringComparison.Ordinal)
            || name.EndsWith("zes", StringComparison.Ordinal) || name.EndsWith("ches", StringComparison.Ordinal)
            || name.EndsWith("shes", StringComparison.Ordinal) || name.EndsWith("uses", StringComparison.Ordinal))
        {
            return name[..^2];
        }

        if (name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) && !name.EndsWith("us", StringComparison.Ordinal)
            && !name.EndsWith("is", StringComparison.Ordinal) && name.Length > 1)
        {
            return name[..^1];
        }

        return name;
    }

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>The identifier as C# source must spell it: <c>@event</c> for the keyword <c>event</c>.</summary>
    public static string Escape(string identifier) => IsKeyword(identifier) ? "@" + identifier : identifier;

    /// <summary>The candidate, or the candidate with the first free number appended (2, 3, ...).</summary>
    public static string Claim(string candidate, ISet<string> taken)
    {
        if (taken.Add(candidate))
        {
            return candidate;
        }

        for (var i = 2; ; i++)
        {
            var numbered = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
