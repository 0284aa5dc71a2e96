namespace ApiStudio.Studio.Problems;

/// <summary>Matches the JSON paths diagnostics carry against the path of an element on screen.</summary>
public static class DiagnosticPaths
{
    /// <summary>The path of a table, as the validator writes it.</summary>
    public static string Table(int index) => $"$.tables[{index}]";

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="prefix"/> or lies inside it. A plain
    /// prefix test is not enough: <c>$.tables[1]</c> must not claim <c>$.tables[10]</c>.
    /// </summary>
    public static bool IsWithin(string? path, string prefix)
    {
        if (path is null || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return path.Length == prefix.Length || path[prefix.Length] is '.' or '[';
    }
}
