using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class TableChecks
{
    /// <summary>Names the runtime's own routes use under the base path.</summary>
    public static readonly IReadOnlySet<string> RuntimeRouteNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "auth", "me", "organizations", "apiKeys", "api_keys", "health", "openapi", "docs",
    };

    public static void Run(ValidationContext context)
    {
        var tables = context.Definition.Tables;
        if (tables.Count == 0)
        {
            context.Warning(DiagnosticCodes.TableNone, "$.tables", "The API has no tables yet.", "Add a table, or start from a sample.");
        }

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var path = $"$.tables[{i}]";
            if (context.CheckIdentifier(table.Name, $"{path}.name", "Table"))
            {
                if (RuntimeRouteNames.Contains(table.Name))
                {
                    context.Error(DiagnosticCodes.TableNameReserved, $"{path}.name",
                        $"'{table.Name}' is served by the runtime itself ({context.Definition.Project.BasePath}/{table.Name}).",
                        "Organizations, users and API keys are built in; choose another name for this table.");
                }
                else if (!seen.TryAdd(table.Name, table.Name))
                {
                    var first = seen[table.Name];
                    context.Error(DiagnosticCodes.TableDuplicate, $"{path}.name",
                        first == table.Name ? $"Table '{table.Name}' is defined twice." : $"Table '{table.Name}' clashes with '{first}': names differ only in case.",
                        "Table names must be unique regardless of case; rename one of them.");
                }
            }

            CheckColumns(context, table, path);
            FirewallChecks.Run(context, table, path);
            AccessChecks.Run(context, table, path);
            GuardChecks.Run(context, table, path);
            MaskingChecks.Run(context, table, path);
            ViewChecks.Run(context, table, path);
            ActionChecks.Run(context, table, path);
        }
    }

    private static void CheckColumns(ValidationContext context, TableDefinition table, string tablePath)
    {
        var keys = table.Columns.Count(c => c.PrimaryKey);
        if (keys == 0)
        {
            context.Error(DiagnosticCodes.TableNoPrimaryKey, $"{tablePath}.columns", $"Table '{table.Name}' has no primary key.",
                "Add { \"name\": \"id\", \"type\": \"uuid\", \"primaryKey\": true }.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keysSeen = 0;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var path = $"{tablePath}.columns[{i}]";
            if (context.CheckIdentifier(column.Name, $"{path}.name", "Column") && !seen.Add(column.Name))
            {
                context.Error(DiagnosticCodes.ColumnDuplicate, $"{path}.name", $"Column '{column.Name}' appears twice in '{table.Name}' (names are compared regardless of case).",
                    "Rename or remove one of them.");
            }

            if (ListQuery.ReservedParameters.Contains(column.Name))
            {
                context.Error(DiagnosticCodes.ColumnNameClashesQuery, $"{path}.name",
                    $"A column named '{column.Name}' could not be filtered: ?{column.Name}= is a list query parameter.",
                    $"Rename it, for example '{column.Name}Value'.");
            }

            if (column.PrimaryKey && ++keysSeen == 2)
            {
                context.Error(DiagnosticCodes.TableMultiplePrimaryKeys, $"{path}.primaryKey",
                    $"Table '{table.Name}' has more than one primary key column.", "Keep one key column; use 'unique' for the others.");
            }

            if (column.PrimaryKey && column.Type is not (ColumnType.Uuid or ColumnType.Text or ColumnType.Integer))
            {
                context.Error(DiagnosticCodes.ColumnPrimaryKeyType, $"{path}.type", $"A primary key cannot be of type {Name(column.Type)}.",
                    "Use uuid (recommended), text or integer.");
            }

            if (SystemColumns.ExpectedType(column.Name) is { } expected && expected != column.Type)
            {
                context.Error(DiagnosticCodes.ColumnSystemType, $"{path}.type",
                    $"'{column.Name}' is maintained by the runtime and must be of type {Name(expected)}.",
                    $"Change its type to {Name(expected)}, or remove the column: the runtime adds it.");
            }

            CheckReference(context, table, column, path);
            CheckValueRules(context, column, path);
        }
    }

    private static void CheckReference(ValidationContext context, TableDefinition table, ColumnDefinition column, string path)
    {
        if (column.References is not { } target)
        {
            return;
        }

        var referenced = context.Definition.FindTable(target);
        if (referenced is null)
        {
            context.Error(DiagnosticCodes.ColumnReferenceUnknownTable, $"{path}.references",
                $"'{table.Name}.{column.Name}' references table '{ValidationContext.Shorten(target)}', which does not exist.",
                "Name an existing table, or remove 'references'.");
        }
        else if (referenced.PrimaryKey is { } key && key.Type != column.Type)
        {
            context.Error(DiagnosticCodes.ColumnReferenceTypeMismatch, $"{path}.type",
                $"'{column.Name}' is {Name(column.Type)} but '{referenced.Name}.{key.Name}' is {Name(key.Type)}.",
                $"Make '{column.Name}' of type {Name(key.Type)}.");
        }
    }

    private static void CheckValueRules(ValidationContext context, ColumnDefinition column, string path)
    {
        if (column.Enum.Count > 0)
        {
            if (column.Type != ColumnType.Text)
            {
                context.Error(DiagnosticCodes.ColumnEnumInvalid, $"{path}.enum", "Only text columns can list allowed values.",
                    "Change the type to text or remove 'enum'.");
            }
            else if (column.Enum.Any(string.IsNullOrEmpty) || column.Enum.Distinct(StringComparer.Ordinal).Count() != column.Enum.Count)
            {
                context.Error(DiagnosticCodes.ColumnEnumInvalid, $"{path}.enum", "Allowed values must be non-empty and distinct.");
            }
        }

        if (column.MaxLength is { } maxLength && (column.Type != ColumnType.Text || maxLength < 1))
        {
            context.Error(DiagnosticCodes.ColumnMaxLengthInvalid, $"{path}.maxLength",
                column.Type != ColumnType.Text ? "Only text columns have a maximum length." : "The maximum length must be at least 1.");
        }

        if (column.Format is { } format && column.Type != ColumnType.Text)
        {
            context.Error(DiagnosticCodes.ColumnFormatInvalid, $"{path}.format",
                $"Format '{format.ToString().ToLowerInvariant()}' applies to text columns only.", "Change the type to text or remove 'format'.");
        }

        if (column.Default is { } value && OperandTypes.DefaultProblem(column, value) is { } problem)
        {
            context.Error(DiagnosticCodes.ColumnDefaultTypeMismatch, $"{path}.default", problem);
        }
    }

    public static string Name(ColumnType type) => type.ToString().ToLowerInvariant();
}
