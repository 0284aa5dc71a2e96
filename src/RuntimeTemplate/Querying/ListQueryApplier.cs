using System.Linq.Expressions;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Applies a <see cref="ListRequest"/> to an EF Core query of any entity type: every filter, the search and
/// the order become SQL; nothing is filtered in memory.
/// </summary>
public static class ListQueryApplier
{
    /// <summary>Filtered, searched and sorted; page it with <see cref="Page{T}"/>.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ListRequest request, TableDefinition table) where T : class =>
        Sort(Filter(query, request, table), request, table);

    /// <summary>Filters and search only: the query a COUNT for <c>total</c> runs on.</summary>
    public static IQueryable<T> Filter<T>(IQueryable<T> query, ListRequest request, TableDefinition table) where T : class
    {
        var columns = SystemColumns.EffectiveColumns(table);
        var row = Expression.Parameter(typeof(T), "row");
        foreach (var filter in request.Filters)
        {
            var column = Column(columns, filter.Column, table);
            var test = ColumnExpressions.Compare(ColumnExpressions.Property(row, column), filter.Operator, filter.Values);
            query = query.Where(Expression.Lambda<Func<T, bool>>(test, row));
        }

        if (request.Search is { } term)
        {
            var pattern = LikePatterns.Containing(term);
            var tests = SearchableColumns.Of(table)
                .Select(c => ColumnExpressions.CaseInsensitiveLike(ColumnExpressions.Property(row, c), pattern))
                .ToList();
            var anyColumn = tests.Count == 0 ? Expression.Constant(false) : tests.Aggregate(Expression.OrElse);
            query = query.Where(Expression.Lambda<Func<T, bool>>(anyColumn, row));
        }

        return query;
    }

    /// <summary>
    /// The requested order, then the primary key, so pages never overlap or skip rows that tie. NULLs sort
    /// as the largest value (last ascending, first descending) on every database: PostgreSQL does so by
    /// default, SQLite the opposite, and the simulator and the export must page identically.
    /// </summary>
    public static IQueryable<T> Sort<T>(IQueryable<T> query, ListRequest request, TableDefinition table) where T : class
    {
        var columns = SystemColumns.EffectiveColumns(table);
        var keys = request.Sort.ToList();
        if (table.PrimaryKey is { } key && keys.All(k => k.Column != key.Name))
        {
            keys.Add(new SortKey(key.Name));
        }

        var row = Expression.Parameter(typeof(T), "row");
        var expression = query.Expression;
        var first = true;
        foreach (var sortKey in keys)
        {
            var definition = Column(columns, sortKey.Column, table);
            var column = ColumnExpressions.Property(row, definition);
            if (definition.Nullable && !definition.PrimaryKey)
            {
                expression = OrderBy(expression, row, ColumnExpressions.IsNull(column, isNull: true), sortKey.Descending, first);
                first = false;
            }

            expression = OrderBy(expression, row, column, sortKey.Descending, first);
            first = false;
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>The page's rows plus one, which tells whether there is a next page without a COUNT.</summary>
    public static IQueryable<T> Page<T>(IQueryable<T> sorted, ListRequest request) =>
        sorted.Skip(request.Offset).Take(request.Limit + 1);

    private static Expression OrderBy(Expression source, ParameterExpression row, Expression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), method, [row.Type, key.Type], source, Expression.Quote(Expression.Lambda(key, row)));
    }

    private static ColumnDefinition Column(IReadOnlyList<ColumnDefinition> columns, string name, TableDefinition table) =>
        columns.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"The list request names '{name}', which is not a column of '{table.Name}'.", nameof(name));
}
