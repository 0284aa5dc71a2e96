using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// Tests one record against a condition in memory (get, update, delete and actions, where the record is
/// already loaded) and explains a failure for the decision trace. Gives the same answer as the SQL of
/// <see cref="ConditionExpression"/> for every row: a NULL fails every comparison but isNull, a missing
/// <c>$ctx</c> value fails its comparison.
/// </summary>
public static class ConditionEvaluator
{
    public static ConditionResult Evaluate(Condition condition, IReadOnlyDictionary<string, object?> row, TableDefinition table,
        CallerIdentity caller) =>
        Check(condition, row, SystemColumns.EffectiveColumns(table), table.Name, caller);

    private static ConditionResult Check(Condition condition, IReadOnlyDictionary<string, object?> row, IReadOnlyList<ColumnDefinition> columns,
        string tableName, CallerIdentity caller)
    {
        foreach (var comparison in condition.Comparisons)
        {
            var result = Test(ComparisonResolver.Resolve(comparison, columns, tableName, caller), row);
            if (!result.Met)
            {
                return result;
            }
        }

        foreach (var child in condition.And)
        {
            var result = Check(child, row, columns, tableName, caller);
            if (!result.Met)
            {
                return result;
            }
        }

        if (condition.Or.Count == 0)
        {
            return ConditionResult.Passed;
        }

        var failures = new List<ConditionResult>();
        foreach (var alternative in condition.Or)
        {
            var result = Check(alternative, row, columns, tableName, caller);
            if (result.Met)
            {
                return result;
            }

            failures.Add(result);
        }

        return failures.Count == 1
            ? failures[0]
            : ConditionResult.Failed(failures[0].FailedComparison!, "no alternative held: " + string.Join("; ", failures.Select(f => f.Reason)));
    }

    private static ConditionResult Test(ResolvedComparison resolved, IReadOnlyDictionary<string, object?> row)
    {
        var comparison = resolved.Comparison;
        var field = comparison.Field;
        var failed = $"{ConditionText.Render(comparison)} failed: ";
        if (resolved.Unresolvable is { } missing)
        {
            return ConditionResult.Failed(comparison, failed + missing);
        }

        // Treating an absent value as null would let isNull pass on a row that was loaded without the column.
        if (!row.TryGetValue(field, out var raw))
        {
            return ConditionResult.Failed(comparison, failed + $"the record was read without '{field}'");
        }

        if (!RowValues.TryNormalize(raw, resolved.Column.Type, out var actual))
        {
            return ConditionResult.Failed(comparison,
                failed + $"{field} holds an unreadable value ({raw!.GetType().Name}); expected {ColumnValues.Describe(resolved.Column.Type)}");
        }

        var holds = comparison.Operator == ComparisonOperator.IsNull
            ? (actual is null) == (bool)resolved.Values[0]
            : ValueComparison.Holds(actual, resolved.FilterOperator, resolved.Values);
        if (holds)
        {
            return ConditionResult.Passed;
        }

        var context = resolved.ContextNote is null ? "" : $" ({resolved.ContextNote})";
        return ConditionResult.Failed(comparison, failed + $"{field} is {ValueText.Of(actual)}{context}");
    }
}
