using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class ConditionChecks
{
    public const int MaxDepth = 8;

    public static void Run(ValidationContext context, TableDefinition table, Condition condition, string path)
    {
        if (condition.Depth() > MaxDepth)
        {
            context.Error(DiagnosticCodes.ConditionTooDeep, path, $"The condition nests deeper than {MaxDepth} levels.",
                "Flatten it: 'and' and 'or' of plain comparisons cover most rules.");
            return;
        }

        var columns = SystemColumns.EffectiveColumns(table);
        Check(context, table.Name, columns, condition, path);
    }

    private static void Check(ValidationContext context, string tableName, IReadOnlyList<ColumnDefinition> columns, Condition condition, string path)
    {
        var seen = new HashSet<(string Field, ComparisonOperator Operator)>();
        foreach (var comparison in condition.Comparisons)
        {
            var fieldPath = JsonPath.Property(path, comparison.Field);
            var opName = ComparisonOperators.NameOf(comparison.Operator);
            var opPath = JsonPath.Property(fieldPath, opName);
            // A condition is written as { field: { operator: value } }: the same field and operator twice becomes a
            // duplicate key, which JSON tools and schema validators read as one value (the last) or refuse.
            if (!seen.Add((comparison.Field, comparison.Operator)))
            {
                context.Error(DiagnosticCodes.ConditionDuplicateComparison, opPath,
                    $"The condition tests '{ValidationContext.Shorten(comparison.Field)}' with {opName} more than once at the same level.",
                    $"Keep one {opName} test of '{ValidationContext.Shorten(comparison.Field)}', or put each in its own 'and' or 'or' item "
                    + "(several values for one field: use 'in' or 'notIn').");
                continue;
            }

            var column = columns.FirstOrDefault(c => c.Name == comparison.Field);
            if (column is null)
            {
                context.Error(DiagnosticCodes.ConditionUnknownField, fieldPath,
                    $"The condition tests '{ValidationContext.Shorten(comparison.Field)}', which is not a column of '{tableName}'.",
                    $"Columns: {string.Join(", ", columns.Select(c => c.Name))}.");
                continue;
            }

            CheckComparison(context, column, comparison, opPath);
        }

        CheckGroup(context, tableName, columns, condition.And, JsonPath.Property(path, "and"));
        CheckGroup(context, tableName, columns, condition.Or, JsonPath.Property(path, "or"));
    }

    private static void CheckGroup(ValidationContext context, string tableName, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<Condition> group, string path)
    {
        for (var i = 0; i < group.Count; i++)
        {
            var child = group[i];
            if (child.Comparisons.Count == 0 && child.And.Count == 0 && child.Or.Count == 0)
            {
                context.Error(DiagnosticCodes.ConditionEmptyGroup, JsonPath.Index(path, i), "An empty condition tests nothing.",
                    "Remove it or add a comparison.");
                continue;
            }

            Check(context, tableName, columns, child, JsonPath.Index(path, i));
        }
    }

    private static void CheckComparison(ValidationContext context, ColumnDefinition column, Comparison comparison, string path)
    {
        var op = comparison.Operator;
        var value = comparison.Value;
        var opName = ComparisonOperators.NameOf(op);
        if (op == ComparisonOperator.IsNull)
        {
            if (value.Kind != OperandKind.Boolean)
            {
                context.Error(DiagnosticCodes.ConditionOperatorValue, path, "isNull takes true or false.", $"Write {{ \"isNull\": true }}.");
            }

            return;
        }

        if (ComparisonOperators.TakesList(op) != (value.Kind == OperandKind.List) || (value.Kind == OperandKind.List && value.Items.Count == 0))
        {
            context.Error(DiagnosticCodes.ConditionOperatorValue, path,
                ComparisonOperators.TakesList(op) ? $"{opName} takes a non-empty list of values." : $"{opName} takes a single value, not a list.",
                ComparisonOperators.TakesList(op) ? $"Write {{ \"{opName}\": [\"a\", \"b\"] }}." : "Use 'in' to compare with several values.");
            return;
        }

        if (value.Kind == OperandKind.Null)
        {
            context.Error(DiagnosticCodes.ConditionOperatorValue, path, $"{opName} cannot compare with null.",
                "Use { \"isNull\": true } or { \"isNull\": false }.");
            return;
        }

        if (column.Type == ColumnType.Json || (ComparisonOperators.IsOrdering(op) && column.Type == ColumnType.Boolean))
        {
            context.Error(DiagnosticCodes.ConditionTypeMismatch, path,
                $"{opName} cannot be used on '{column.Name}', a {TableChecks.Name(column.Type)} column.",
                column.Type == ColumnType.Json ? "Only isNull applies to json columns." : "Use equals or notEquals.");
            return;
        }

        foreach (var item in value.Kind == OperandKind.List ? value.Items : [value])
        {
            if (item.Kind == OperandKind.Reference)
            {
                if (!Operand.ContextReferences.Contains(item.Text!))
                {
                    context.Error(DiagnosticCodes.ConditionUnknownReference, path, $"'{ValidationContext.Shorten(item.Text!)}' is not known in a record condition.",
                        $"Use {string.Join(" or ", Operand.ContextReferences)}, or write $$ for a literal '$'.");
                }
                else if (OperandTypes.ContextReferenceProblem(column.Type, item) is { } problem)
                {
                    context.Error(DiagnosticCodes.ConditionTypeMismatch, path, $"'{column.Name}': {problem}.");
                }
            }
            else if (OperandTypes.LiteralProblem(column.Type, column.Enum, item) is { } problem)
            {
                context.Error(DiagnosticCodes.ConditionTypeMismatch, path, $"'{column.Name}': {problem}.",
                    $"Compare '{column.Name}' with a {TableChecks.Name(column.Type)} value.");
            }
        }
    }
}
