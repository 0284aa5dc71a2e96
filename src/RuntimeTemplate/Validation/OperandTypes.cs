using System.Globalization;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

/// <summary>Whether a value written in the definition fits the column it is compared with or stored in.</summary>
internal static class OperandTypes
{
    /// <summary>Why a literal cannot go in the column, or null when it can.</summary>
    public static string? LiteralProblem(ColumnType type, IReadOnlyList<string> allowed, Operand value)
    {
        var typeName = TableChecks.Name(type);
        return value.Kind switch
        {
            OperandKind.Null => null,
            OperandKind.List => $"a list does not fit a {typeName} column",
            _ when type == ColumnType.Json => null,
            OperandKind.Boolean when type != ColumnType.Boolean => $"{value} is a boolean but the column is {typeName}",
            OperandKind.Number when type is not (ColumnType.Integer or ColumnType.Real) => $"{value} is a number but the column is {typeName}",
            OperandKind.Number when type == ColumnType.Integer && !long.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
                $"{value} is not a whole number",
            OperandKind.String when type is ColumnType.Integer or ColumnType.Real or ColumnType.Boolean =>
                $"{value} is a string but the column is {typeName}",
            OperandKind.String when type == ColumnType.Uuid && !Guid.TryParse(value.Text, out _) => $"{value} is not a uuid",
            OperandKind.String when type == ColumnType.Timestamp && !DateTimeOffset.TryParse(value.Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                $"{value} is not an ISO 8601 timestamp",
            OperandKind.String when allowed.Count > 0 && !allowed.Contains(value.Text!) =>
                $"{value} is not one of the allowed values {string.Join(", ", allowed)}",
            _ => null,
        };
    }

    /// <summary>Why a context reference cannot be compared with or stored in the column, or null.</summary>
    public static string? ContextReferenceProblem(ColumnType type, Operand value) =>
        type is ColumnType.Text or ColumnType.Uuid ? null : $"{value.Text} is an id but the column is {TableChecks.Name(type)}";

    public static string? DefaultProblem(ColumnDefinition column, Operand value)
    {
        if (value.Kind == OperandKind.Reference)
        {
            return value.Text switch
            {
                Operand.Now when column.Type == ColumnType.Timestamp => null,
                Operand.NewUuid when column.Type is ColumnType.Uuid or ColumnType.Text => null,
                Operand.Now or Operand.NewUuid => $"Default {value.Text} does not fit a {TableChecks.Name(column.Type)} column.",
                _ => $"Default '{ValidationContext.Shorten(value.Text!)}' is not a known function; use $now or $uuid (write $$ for a literal '$').",
            };
        }

        if (value.Kind == OperandKind.Null && !column.Nullable)
        {
            return "A column that is not nullable cannot default to null.";
        }

        return LiteralProblem(column.Type, column.Enum, value) is { } problem ? $"Default {problem}." : null;
    }
}
