using ApiStudio.Runtime.Access.Conditions;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// A list request as the <see cref="IQueryShape"/> a <see cref="TableStore"/> runs: filters, search and the
/// list access rule's record condition in <see cref="Filter{T}"/> (so COUNT sees the same rows), order and
/// limit + 1 rows in <see cref="OrderAndPage{T}"/>. Turn the fetched rows into a page with <see cref="ListPage{TRow}.From"/>.
/// </summary>
public sealed class ListQueryShape(ListRequest request, TableDefinition table) : IQueryShape
{
    public ListRequest Request { get; } = request;

    public TableDefinition Table { get; } = table;

    /// <summary>The record condition of the list access rule, applied in SQL for <see cref="Caller"/>; null for none.</summary>
    public Condition? RecordCondition { get; init; }

    public CallerIdentity Caller { get; init; } = CallerIdentity.Anonymous;

    public IQueryable<T> Filter<T>(IQueryable<T> query) where T : class
    {
        if (RecordCondition is { } condition)
        {
            query = query.Where(ConditionExpression.Build<T>(condition, Table, Caller));
        }

        return ListQueryApplier.Filter(query, Request, Table);
    }

    public IQueryable<T> OrderAndPage<T>(IQueryable<T> query) where T : class =>
        ListQueryApplier.Page(ListQueryApplier.Sort(query, Request, Table), Request);
}
