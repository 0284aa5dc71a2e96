namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Hands out names that are unique within one document (component names, operation ids). Clashes are
/// compared ignoring case because client generators turn both into file and type names.
/// </summary>
internal sealed class NameRegistry
{
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The candidate itself, or the candidate with the first free number appended (2, 3, ...).</summary>
    public string Claim(string candidate)
    {
        if (used.Add(candidate))
        {
            return candidate;
        }

        for (var i = 2; ; i++)
        {
            var numbered = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (used.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
