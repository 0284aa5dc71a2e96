using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// A comparison with its column found and its operand turned into typed values for one caller. Both the
/// SQL translation and the in-memory evaluator start from this, so they compare the same values.
/// </summary>
internal sealed record ResolvedComparison(Comparison Comparison, ColumnDefinition Column)
{
    /// <summary>The values to compare with, in the column's CLR type; for isNull, the one boolean.</summary>
    public IReadOnlyList<object> Values { get; init; } = [];

    /// <summary>Why the comparison cannot hold for this caller (a missing context value); it then matches nothing.</summary>
    public string? Unresolvable { get; init; }

    /// <summary>The caller's values the operand named, for the trace: <c>the caller's userId is 'u1'</c>.</summary>
    public string? ContextNote { get; init; }

    public FilterOperator FilterOperator => Comparison.Operator switch
    {
        ComparisonOperator.Equal => FilterOperator.Equal,
        ComparisonOperator.NotEqual => FilterOperator.NotEqual,
        ComparisonOperator.In => FilterOperator.In,
        ComparisonOperator.NotIn => FilterOperator.NotIn,
        ComparisonOperator.LessThan => FilterOperator.LessThan,
        ComparisonOperator.GreaterThan => FilterOperator.GreaterThan,
        ComparisonOperator.LessThanOrEqual => FilterOperator.LessThanOrEqual,
        ComparisonOperator.GreaterThanOrEqual => FilterOperator.GreaterThanOrEqual,
        _ => throw new InvalidOperationException($"{Comparison.Operator} has no filter counterpart."),
    };
}
