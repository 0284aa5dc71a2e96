namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The spellings the document derives from definition names: <c>deals</c> gives the component <c>Deal</c>
/// and the operation ids <c>listDeals</c> and <c>getDeal</c>. Names are identifiers (letters, digits, '_'),
/// roles may also hold '-'.
/// </summary>
internal static class NameForms
{
    public static string Pascal(string name)
    {
        var parts = name.Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
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
}
