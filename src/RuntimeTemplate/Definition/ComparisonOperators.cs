namespace ApiStudio.Runtime.Definition;

/// <summary>The operators' names as users write them in api.json and read them in the Studio.</summary>
public static class ComparisonOperators
{
    private static readonly (ComparisonOperator Operator, string Name, string Symbol)[] Table =
    [
        (ComparisonOperator.Equal, "equals", "="),
        (ComparisonOperator.NotEqual, "notEquals", "!="),
        (ComparisonOperator.In, "in", "in"),
        (ComparisonOperator.NotIn, "notIn", "not in"),
        (ComparisonOperator.LessThan, "lessThan", "<"),
        (ComparisonOperator.GreaterThan, "greaterThan", ">"),
        (ComparisonOperator.LessThanOrEqual, "lessThanOrEqual", "<="),
        (ComparisonOperator.GreaterThanOrEqual, "greaterThanOrEqual", ">="),
        (ComparisonOperator.IsNull, "isNull", "is null"),
    ];

    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    public static string NameOf(ComparisonOperator op) => Table.First(t => t.Operator == op).Name;

    public static string SymbolOf(ComparisonOperator op) => Table.First(t => t.Operator == op).Symbol;

    public static bool TryParse(string name, out ComparisonOperator op)
    {
        foreach (var entry in Table)
        {
            if (entry.Name == name)
            {
                op = entry.Operator;
                return true;
            }
        }

        op = default;
        return false;
    }

    public static bool TakesList(ComparisonOperator op) => op is ComparisonOperator.In or ComparisonOperator.NotIn;

    public static bool IsOrdering(ComparisonOperator op) => op is ComparisonOperator.LessThan or ComparisonOperator.GreaterThan
        or ComparisonOperator.LessThanOrEqual or ComparisonOperator.GreaterThanOrEqual;
}
