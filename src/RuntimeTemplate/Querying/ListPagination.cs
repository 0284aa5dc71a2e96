namespace ApiStudio.Runtime.Querying;

/// <summary>
/// The <c>pagination</c> block of a list response: <c>{count, page, pageSize, hasMore, total?}</c>;
/// <see cref="Total"/> is null (left out) unless the request asked for <c>total=true</c>.
/// </summary>
public sealed record ListPagination(int Count, int Page, int PageSize, bool HasMore, long? Total = null)
{
    /// <summary>From the number of rows the paged query returned (up to limit + 1).</summary>
    public static ListPagination From(ListRequest request, int fetched, long? total = null) =>
        new(Math.Min(fetched, request.Limit), request.Page, request.Limit, fetched > request.Limit, request.IncludeTotal ? total : null);
}
