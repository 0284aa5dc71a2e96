namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Bounds on a list query, so a hostile query string costs a 400 rather than database time or memory.
/// Public so the generated API documentation can state them.
/// </summary>
public static class ListQueryLimits
{
    public const int MaxFilters = 20;

    /// <summary>Values of one <c>in</c>/<c>nin</c> filter.</summary>
    public const int MaxListValues = 100;

    /// <summary>Characters of one value, and of a parameter name.</summary>
    public const int MaxValueLength = 1024;

    /// <summary>Characters of a comma-separated value (<c>in</c>, <c>sort</c>, <c>fields</c>): 100 uuids fit.</summary>
    public const int MaxListLength = 8192;

    public const int MaxSearchLength = 200;

    /// <summary>
    /// Wildcard runs in one <c>like</c> pattern: SQLite matches each '%' by backtracking, so many of them
    /// against long text is a cheap way to burn CPU.
    /// </summary>
    public const int MaxLikeWildcards = 4;
}
