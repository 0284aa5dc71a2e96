using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class GuardChecks
{
    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var guards = table.Guards;
        var path = $"{tablePath}.guards";
        var columns = SystemColumns.EffectiveColumns(table).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var managed = SystemColumns.ManagedFields(table);
        if (!guards.Enabled && (guards.Createable.Count > 0 || guards.Updatable.Count > 0 || guards.Immutable.Count > 0))
        {
            context.Warning(DiagnosticCodes.GuardListsWhenDisabled, $"{path}.enabled",
                "Guards are off, so the createable, updatable and immutable lists are ignored.", "Turn guards on, or empty the lists.");
        }

        CheckList(context, table, guards.Createable, $"{path}.createable", "createable", columns, managed);
        CheckList(context, table, guards.Updatable, $"{path}.updatable", "updatable", columns, managed);
        CheckList(context, table, guards.Immutable, $"{path}.immutable", "immutable", columns, managed);

        for (var i = 0; i < guards.Immutable.Count; i++)
        {
            if (guards.Updatable.Contains(guards.Immutable[i]))
            {
                context.Error(DiagnosticCodes.GuardImmutableAlsoUpdatable, $"{path}.immutable[{i}]",
                    $"'{guards.Immutable[i]}' is immutable and updatable at once.", "Remove it from updatable: immutable fields are set on create only.");
            }
        }

        var actions = table.Actions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, allowedActions) in guards.Protected)
        {
            var fieldPath = JsonPath.Property($"{path}.protected", field);
            if (!columns.Contains(field))
            {
                context.Error(DiagnosticCodes.GuardUnknownField, fieldPath, $"Protected field '{ValidationContext.Shorten(field)}' is not a column of '{table.Name}'.");
                continue;
            }

            if (managed.Contains(field))
            {
                context.Error(DiagnosticCodes.GuardSystemFieldListed, fieldPath, $"'{field}' is system-managed; no action may change it.",
                    "Remove it from protected.");
            }

            if (guards.Createable.Contains(field) || guards.Updatable.Contains(field))
            {
                context.Error(DiagnosticCodes.GuardProtectedAlsoWritable, fieldPath,
                    $"'{field}' is protected (action-only) but also {(guards.Createable.Contains(field) ? "createable" : "updatable")}.",
                    "Remove it from createable and updatable; only its actions may change it.");
            }

            for (var i = 0; i < allowedActions.Count; i++)
            {
                if (!actions.Contains(allowedActions[i]))
                {
                    context.Error(DiagnosticCodes.GuardProtectedUnknownAction, JsonPath.Index(fieldPath, i),
                        $"'{field}' names action '{ValidationContext.Shorten(allowedActions[i])}', which '{table.Name}' does not define.",
                        actions.Count == 0 ? "Define the action under 'actions'." : $"Actions of '{table.Name}': {string.Join(", ", actions)}.");
                }
            }
        }

        if (guards.Enabled)
        {
            CheckRequiredFieldsCanBeSet(context, table, path, managed);
        }
    }

    private static void CheckList(ValidationContext context, TableDefinition table, IReadOnlyList<string> fields, string path, string listName,
        IReadOnlySet<string> columns, IReadOnlySet<string> managed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var itemPath = JsonPath.Index(path, i);
            if (!columns.Contains(field))
            {
                context.Error(DiagnosticCodes.GuardUnknownField, itemPath, $"'{ValidationContext.Shorten(field)}' in {listName} is not a column of '{table.Name}'.",
                    $"Columns: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
            }
            else if (managed.Contains(field))
            {
                context.Error(DiagnosticCodes.GuardSystemFieldListed, itemPath,
                    $"'{field}' is system-managed (set by the runtime) and cannot be {listName}.", $"Remove '{field}' from {listName}.");
            }
            else if (!seen.Add(field))
            {
                context.Warning(DiagnosticCodes.GuardDuplicateField, itemPath, $"'{field}' is listed twice in {listName}.", "Remove the repeat.");
            }
        }
    }

    private static void CheckRequiredFieldsCanBeSet(ValidationContext context, TableDefinition table, string path, IReadOnlySet<string> managed)
    {
        var guards = table.Guards;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (column.IsRequiredOnCreate && !managed.Contains(column.Name)
                && !guards.Createable.Contains(column.Name) && !guards.Immutable.Contains(column.Name) && !guards.Protected.ContainsKey(column.Name))
            {
                context.Warning(DiagnosticCodes.GuardRequiredNotCreateable, $"{path}.createable",
                    $"'{column.Name}' is required (not nullable, no default) but not createable, so every create fails with DB_NOT_NULL_VIOLATION.",
                    $"Add '{column.Name}' to createable, give it a default, or make it nullable.");
            }
        }
    }
}
