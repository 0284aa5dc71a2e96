namespace ApiStudio.Runtime.Querying;

/// <summary>One page of a list: at most <c>limit</c> rows, and the pagination block that describes it.</summary>
public sealed record ListPage<TRow>(IReadOnlyList<TRow> Rows, ListPagination Pagination)
{
    /// <summary>
    /// From the rows the paged query fetched (up to limit + 1, see <see cref="ListQueryApplier.Page{T}"/>) and
    /// the COUNT, if <c>total=true</c> asked for one.
    /// </summary>
    public static ListPage<TRow> From(IReadOnlyList<TRow> fetched, ListRequest request, long? total = null) =>
        new(fetched.Take(request.Limit).ToList(), ListPagination.From(request, fetched.Count, total));
}
