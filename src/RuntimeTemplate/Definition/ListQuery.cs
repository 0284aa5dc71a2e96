namespace ApiStudio.Runtime.Definition;

/// <summary>The query parameters of list endpoints that are not column filters.</summary>
public static class ListQuery
{
    public const string Limit = "limit";
    public const string Offset = "offset";
    public const string Sort = "sort";
    public const string Fields = "fields";
    public const string Search = "search";
    public const string Total = "total";
    public const string Page = "page";

    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static readonly IReadOnlySet<string> ReservedParameters =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Limit, Offset, Sort, Fields, Search, Total, Page };
}
