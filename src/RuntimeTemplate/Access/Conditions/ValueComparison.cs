using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// The in-memory counterpart of <c>ColumnExpressions.Compare</c>, with the same NULL semantics: a null value
/// fails every operator. Text compares ordinally, as SQLite's default BINARY collation does.
/// </summary>
internal static class ValueComparison
{
    public static bool Holds(object? actual, FilterOperator op, IReadOnlyList<object> values)
    {
        if (actual is null)
        {
            return false;
        }

        return op switch
        {
            FilterOperator.Equal => Same(actual, values[0]),
            FilterOperator.NotEqual => !Same(actual, values[0]),
            FilterOperator.In => values.Any(v => Same(actual, v)),
            FilterOperator.NotIn => !values.Any(v => Same(actual, v)),
            FilterOperator.GreaterThan => Order(actual, values[0]) > 0,
            FilterOperator.GreaterThanOrEqual => Order(actual, values[0]) >= 0,
            FilterOperator.LessThan => Order(actual, values[0]) < 0,
            FilterOperator.LessThanOrEqual => Order(actual, values[0]) <= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Record conditions have no such operator."),
        };
    }

    private static bool Same(object actual, object expected) =>
        actual is string text ? string.Equals(text, expected as string, StringComparison.Ordinal) : actual.Equals(expected);

    private static int Order(object actual, object expected) => actual switch
    {
        string text => string.CompareOrdinal(text, (string)expected),
        // Databases order uuids by their bytes, which is the order of their hex text.
        Guid id => string.CompareOrdinal(id.ToString(), ((Guid)expected).ToString()),
        IComparable comparable => comparable.CompareTo(expected),
        _ => throw new InvalidOperationException($"Values of type {actual.GetType().Name} have no order."),
    };
}
