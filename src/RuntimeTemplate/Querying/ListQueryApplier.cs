using System.Linq.Expressions;
using System.Reflection;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Applies a <see cref="ListRequest"/> to an EF Core query of any entity type: every filter, the search and
/// the order become SQL; nothing is filtered in memory.
/// </summary>
public static class ListQueryApplier
{
    private static readonly MethodInfo OrderByMethod = Ordering(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = Ordering(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = Ordering(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = Ordering(nameof(Queryable.ThenByDescending));

    /// <summary>Filtered, searched and sorted; page it with <see cref="Page{T}"/>.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ListRequest request, TableDefinition table) where T : class =>
        Sort(Filter(query, request, table), request, table);

    /// <summary>Filters and search only: the query a COUNT for <c>total</c> runs on.</summary>
    public static IQueryable<T> Filter<T>(IQueryable<T> query, ListRequest request, TableDefinition table) where T : class
    {
        var metadata = TableMetadata.Of(table);
        var row = Expression.Parameter(typeof(T), "row");
        foreach (var filter in request.Filters)
        {
            var column = Column(metadata, filter.Column, table);
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
        var metadata = TableMetadata.Of(table);
        var keys = request.Sort.ToList();
        if (metadata.PrimaryKey is { } key && keys.All(k => k.Column != key.Name))
        {
            keys.Add(new SortKey(key.Name));
        }

        var row = Expression.Parameter(typeof(T), "row");
        var expression = query.Expression;
        var first = true;
        foreach (var sortKey in keys)
        {
            var definition = Column(metadata, sortKey.Column, table);
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
            (true, false) => OrderByMethod,
            (true, true) => OrderByDescendingMethod,
            (false, false) => ThenByMethod,
            (false, true) => ThenByDescendingMethod,
        };
        return Expression.Call(method.MakeGenericMethod(row.Type, key.Type), source, Expression.Quote(Expression.Lambda(key, row)));
    }

    /// <summary>The two-argument overload (no comparer), looked up once rather than by name on every request.</summary>
    private static MethodInfo Ordering(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);

    private static ColumnDefinition Column(TableMetadata metadata, string name, TableDefinition table) =>
        metadata.EffectiveColumn(name)
            ?? throw new ArgumentException($"The list request names '{name}', which is not a column of '{table.Name}'.", nameof(name));
}
