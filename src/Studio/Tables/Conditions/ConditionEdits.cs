using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Conditions;

/// <summary>The edits the condition builder makes to comparisons, kept out of markup so they can be tested.</summary>
public static class ConditionEdits
{
    /// <summary>
    /// A first comparison worth editing: the first column a client writes (the key and firewall columns
    /// are already enforced), compared with the caller when it holds ids.
    /// </summary>
    public static Comparison NewComparison(TableDefinition table)
    {
        var managed = SystemColumns.ManagedFields(table);
        var column = table.Columns.FirstOrDefault(c => !managed.Contains(c.Name))
            ?? SystemColumns.EffectiveColumns(table).First(c => c.Name == SystemColumns.CreatedBy);
        return new Comparison(column.Name, ComparisonOperator.Equal, SampleValue(column));
    }

    public static Operand SampleValue(ColumnDefinition column) => column.Type switch
    {
        _ when column.Enum.Count > 0 => Operand.String(column.Enum[0]),
        ColumnType.Text or ColumnType.Uuid => Operand.Reference("$ctx.userId"),
        ColumnType.Integer or ColumnType.Real => Operand.Number(0),
        ColumnType.Boolean => Operand.Boolean(true),
        ColumnType.Timestamp => Operand.String("2025-01-01T00:00:00Z"),
        _ => Operand.String(""),
    };

    /// <summary>Moves the comparison to another field, reading the value's text again for the new column's type.</summary>
    public static Comparison WithField(Comparison comparison, ColumnDefinition? column)
    {
        if (column is null || comparison.Operator == ComparisonOperator.IsNull)
        {
            return comparison with { Field = column?.Name ?? comparison.Field };
        }

        return new Comparison(column.Name, comparison.Operator, Reread(comparison.Value, column.Type));
    }

    /// <summary>The value as if its text had been typed for a column of <paramref name="type"/>: '100' becomes 100 for a number.</summary>
    public static Operand Reread(Operand value, ColumnType type) => value.Kind switch
    {
        OperandKind.List => Operand.List(value.Items.Select(i => Reread(i, type)).ToList()),
        OperandKind.String when value.Text!.Length > 0 =>
            OperandText.Parse(value.Text.StartsWith('$') ? "$" + value.Text : value.Text, type) ?? value,
        OperandKind.Number or OperandKind.Boolean => OperandText.Parse(value.Text, type) ?? value,
        _ => value,
    };

    /// <summary>Changes the operator, turning the value into a list, a single value or a null test as the operator needs.</summary>
    public static Comparison WithOperator(Comparison comparison, ComparisonOperator op, ColumnType type)
    {
        var value = comparison.Value;
        Operand converted = op switch
        {
            ComparisonOperator.IsNull => value.Kind == OperandKind.Boolean && comparison.Operator == ComparisonOperator.IsNull ? value : Operand.Boolean(true),
            _ when comparison.Operator == ComparisonOperator.IsNull => ComparisonOperators.TakesList(op) ? Operand.List() : Operand.String(""),
            _ when ComparisonOperators.TakesList(op) => value.Kind == OperandKind.List ? value : Operand.List(value),
            _ => value.Kind == OperandKind.List ? value.Items.FirstOrDefault() ?? Operand.String("") : value,
        };
        return comparison with { Operator = op, Value = converted };
    }

    public static Operand ReadValue(string? text, ComparisonOperator op, ColumnType type) =>
        ComparisonOperators.TakesList(op) ? OperandText.ParseList(text, type) : OperandText.Parse(text, type) ?? Operand.String("");
}
