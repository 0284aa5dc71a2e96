using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>Turns one non-reserved query parameter (<c>stage.in=open,won</c>) into a typed <see cref="ListFilter"/>.</summary>
internal static class ListFilterParser
{
    public static ListFilter Parse(string parameter, string value, TableDefinition table, IReadOnlyList<ColumnDefinition> columns)
    {
        // Column names are identifiers without dots, so the first dot always starts the operator.
        var dot = parameter.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? parameter : parameter[..dot];
        var column = columns.FirstOrDefault(c => c.Name == name)
            ?? throw QueryText.Invalid(parameter, UnknownColumn(name, table, columns));

        var op = FilterOperator.Equal;
        if (dot >= 0 && !FilterOperators.TryParse(parameter[(dot + 1)..], out op))
        {
            throw QueryText.Invalid(parameter,
                $"'{QueryText.Shorten(parameter[(dot + 1)..])}' is not a filter operator; use one of {string.Join(", ", FilterOperators.Suffixes)}");
        }

        if (column.Type == ColumnType.Json)
        {
            throw QueryText.Invalid(parameter, $"'{column.Name}' is a json column and cannot be filtered");
        }

        if (!FilterOperators.AppliesTo(op, column.Type))
        {
            throw QueryText.Invalid(parameter,
                $"'{FilterOperators.SuffixOf(op)}' does not apply to '{column.Name}' ({column.Type.ToString().ToLowerInvariant()}); " +
                $"use {string.Join(", ", FilterOperators.SuffixesFor(column.Type))}");
        }

        var values = op switch
        {
            FilterOperator.Like => [Pattern(parameter, value)],
            _ when FilterOperators.TakesList(op) => ListValues(parameter, value, column),
            _ => [Typed(parameter, value, column, checkEnum: op is FilterOperator.Equal or FilterOperator.NotEqual)],
        };
        return new ListFilter(column.Name, op, values) { Parameter = parameter };
    }

    public static string UnknownColumn(string name, TableDefinition table, IReadOnlyList<ColumnDefinition> columns) =>
        $"'{QueryText.Shorten(name)}' is not a column of '{table.Name}'; columns are {string.Join(", ", columns.Select(c => c.Name))}";

    private static object[] ListValues(string parameter, string value, ColumnDefinition column)
    {
        if (value.Length == 0)
        {
            throw QueryText.Invalid(parameter, $"needs at least one value, for example {parameter}=a,b");
        }

        var items = value.Split(',');
        if (items.Length > ListQueryLimits.MaxListValues)
        {
            throw QueryText.Invalid(parameter, $"has {items.Length} values; at most {ListQueryLimits.MaxListValues} are accepted");
        }

        var values = new object[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Length == 0)
            {
                throw QueryText.Invalid(parameter, $"value {i + 1} of the list is empty");
            }

            values[i] = Typed(parameter, items[i], column, checkEnum: true);
        }

        return values;
    }

    private static object Typed(string parameter, string text, ColumnDefinition column, bool checkEnum)
    {
        if (!ColumnValues.TryFromText(text, column.Type, out var value, out _) || value is null)
        {
            throw QueryText.Invalid(parameter,
                $"'{QueryText.Shorten(text)}' is not valid for '{column.Name}': expected {ColumnValues.Describe(column.Type)}");
        }

        // An equality test against a value the column can never hold is almost always a typo.
        if (checkEnum && column.Enum.Count > 0 && !column.Enum.Contains(text))
        {
            throw QueryText.Invalid(parameter,
                $"'{QueryText.Shorten(text)}' is not a value of '{column.Name}'; values are {string.Join(", ", column.Enum)}");
        }

        return value;
    }

    private static string Pattern(string parameter, string text)
    {
        if (LikePatterns.WildcardRuns(text) > ListQueryLimits.MaxLikeWildcards)
        {
            throw QueryText.Invalid(parameter, $"has more than {ListQueryLimits.MaxLikeWildcards} wildcards");
        }

        return text;
    }
}
