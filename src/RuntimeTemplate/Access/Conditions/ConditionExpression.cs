using System.Linq.Expressions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// Translates a record condition into a predicate EF Core runs as SQL, so lists return only the rows the
/// caller may see. It agrees row for row with <see cref="ConditionEvaluator"/>; the NULL semantics both
/// follow are described on <c>ColumnExpressions</c>: a NULL column fails every comparison except isNull.
/// </summary>
public static class ConditionExpression
{
    public static Expression<Func<T, bool>> Build<T>(Condition condition, TableDefinition table, CallerIdentity caller) where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var columns = SystemColumns.EffectiveColumns(table);
        return Expression.Lambda<Func<T, bool>>(Body(condition, row, columns, table.Name, caller), row);
    }

    private static Expression Body(Condition condition, ParameterExpression row, IReadOnlyList<ColumnDefinition> columns, string tableName,
        CallerIdentity caller)
    {
        var parts = condition.Comparisons.Select(c => Test(ComparisonResolver.Resolve(c, columns, tableName, caller), row))
            .Concat(condition.And.Select(c => Body(c, row, columns, tableName, caller)))
            .ToList();
        if (condition.Or.Count > 0)
        {
            parts.Add(condition.Or.Select(c => Body(c, row, columns, tableName, caller)).Aggregate(Expression.OrElse));
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Test(ResolvedComparison resolved, ParameterExpression row)
    {
        if (resolved.Unresolvable is not null)
        {
            return Expression.Constant(false);
        }

        var column = ColumnExpressions.Property(row, resolved.Column);
        return resolved.Comparison.Operator == ComparisonOperator.IsNull
            ? ColumnExpressions.IsNull(column, (bool)resolved.Values[0])
            : ColumnExpressions.Compare(column, resolved.FilterOperator, resolved.Values);
    }
}
