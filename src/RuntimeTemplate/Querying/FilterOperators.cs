using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// The filter suffixes of the list query (<c>?field=v</c>, <c>?field.ne=v</c>, <c>.gt</c>, <c>.gte</c>, <c>.lt</c>,
/// <c>.lte</c>, <c>.like</c>, <c>.in=a,b</c>) and the column types each applies to. <c>.eq</c> spells out the bare
/// form, so a column named like a reserved parameter (<c>page</c>, <c>total</c>) can still be filtered;
/// <c>.nin</c> is bkend's <c>$nin</c>.
/// </summary>
public static class FilterOperators
{
    private static readonly (FilterOperator Operator, string Suffix)[] Table =
    [
        (FilterOperator.Equal, "eq"),
        (FilterOperator.NotEqual, "ne"),
        (FilterOperator.GreaterThan, "gt"),
        (FilterOperator.GreaterThanOrEqual, "gte"),
        (FilterOperator.LessThan, "lt"),
        (FilterOperator.LessThanOrEqual, "lte"),
        (FilterOperator.In, "in"),
        (FilterOperator.NotIn, "nin"),
        (FilterOperator.Like, "like"),
    ];

    public static IReadOnlyList<string> Suffixes { get; } = Table.Select(t => t.Suffix).ToArray();

    public static string SuffixOf(FilterOperator op) => Table.First(t => t.Operator == op).Suffix;

    public static bool TryParse(string suffix, out FilterOperator op)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Suffix, suffix, StringComparison.OrdinalIgnoreCase))
            {
                op = entry.Operator;
                return true;
            }
        }

        op = default;
        return false;
    }

    public static bool TakesList(FilterOperator op) => op is FilterOperator.In or FilterOperator.NotIn;

    public static bool IsOrdering(FilterOperator op) => op is FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual
        or FilterOperator.LessThan or FilterOperator.LessThanOrEqual;

    /// <summary>
    /// Json columns cannot be filtered (their text is not a meaningful order or value); booleans and uuids
    /// have no useful order; patterns apply to text only.
    /// </summary>
    public static bool AppliesTo(FilterOperator op, ColumnType type) => type switch
    {
        ColumnType.Json => false,
        _ when op == FilterOperator.Like => type == ColumnType.Text,
        _ when IsOrdering(op) => type is ColumnType.Text or ColumnType.Integer or ColumnType.Real or ColumnType.Timestamp,
        _ => true,
    };

    /// <summary>The suffixes a column of this type accepts, for error messages and API documentation.</summary>
    public static IReadOnlyList<string> SuffixesFor(ColumnType type) =>
        Table.Where(t => AppliesTo(t.Operator, type)).Select(t => t.Suffix).ToArray();
}
