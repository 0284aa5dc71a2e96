using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Actions;

/// <summary>The values an action's <c>set</c> produces: literals, <c>$input.x</c>, <c>$ctx.userId</c>, <c>$ctx.activeOrgId</c>, <c>$now</c>.</summary>
public static class ActionEffect
{
    public static Dictionary<string, object?> Values(TableDefinition table, ActionDefinition action, IReadOnlyDictionary<string, object?> input,
        CallerIdentity caller, DateTime now)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, operand) in action.Set)
        {
            var column = table.FindColumn(field)!;
            if (operand.IsInputReference)
            {
                // An optional input the caller left out leaves the field as it is.
                if (input.TryGetValue(operand.InputName!, out var value))
                {
                    values[field] = value;
                }

                continue;
            }

            values[field] = operand.Text switch
            {
                Operand.Now when operand.Kind == OperandKind.Reference => now,
                "$ctx.userId" when operand.Kind == OperandKind.Reference => FromText(caller.UserId, column.Type),
                "$ctx.activeOrgId" when operand.Kind == OperandKind.Reference => FromText(caller.ActiveOrgId, column.Type),
                _ => ColumnValues.TryFromOperand(operand, column.Type, out var literal, out _) ? literal : null,
            };
        }

        return values;
    }

    private static object? FromText(string? text, ColumnType type) =>
        text is not null && ColumnValues.TryFromText(text, type, out var value, out _) ? value : null;
}
