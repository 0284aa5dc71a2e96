using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class ActionChecks
{
    /// <summary>Path segments an action name would collide with.</summary>
    private static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "batch", "views", "actions",
    };

    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var firewall = ResolvedFirewall.Resolve(table);
        var managed = SystemColumns.ManagedFields(table);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Actions.Count; i++)
        {
            var action = table.Actions[i];
            var path = $"{tablePath}.actions[{i}]";
            if (context.CheckIdentifier(action.Name, $"{path}.name", "Action"))
            {
                if (ReservedNames.Contains(action.Name))
                {
                    context.Error(DiagnosticCodes.ActionNameReserved, $"{path}.name", $"An action named '{action.Name}' would clash with the {action.Name} route.",
                        "Choose another name.");
                }
                else if (!seen.Add(action.Name))
                {
                    context.Error(DiagnosticCodes.ActionDuplicate, $"{path}.name", $"Action '{action.Name}' is defined twice on '{table.Name}'.");
                }
            }

            CheckInputs(context, action, path);
            AccessChecks.CheckRule(context, table, firewall, action.Access, $"{path}.access");
            if (action.Scope == ActionScope.Standalone && (action.Transition is not null || action.Access.Record is not null || action.Access.Owner))
            {
                context.Error(DiagnosticCodes.ActionStandaloneRecordRule, $"{path}.scope",
                    $"Standalone action '{action.Name}' has no record, so it cannot have a transition, a record condition or an ownership rule.",
                    "Make it a record action (scope \"record\") or remove those rules.");
            }

            CheckEffect(context, table, action, path, managed);
        }
    }

    private static void CheckInputs(ValidationContext context, ActionDefinition action, string path)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < action.Input.Count; i++)
        {
            var input = action.Input[i];
            if (context.CheckIdentifier(input.Name, $"{path}.input[{i}].name", "Input") && !seen.Add(input.Name))
            {
                context.Error(DiagnosticCodes.ActionInputDuplicate, $"{path}.input[{i}].name", $"Input '{input.Name}' is declared twice.");
            }
        }
    }

    private static void CheckEffect(ValidationContext context, TableDefinition table, ActionDefinition action, string path, IReadOnlySet<string> managed)
    {
        if (action.Set.Count == 0 && action.Transition is null)
        {
            context.Warning(DiagnosticCodes.ActionNoEffect, path, $"Action '{action.Name}' changes nothing.",
                "Give it fields to 'set' or a 'transition'; an exported project can add custom code in its partial class.");
        }

        var columns = SystemColumns.EffectiveColumns(table);
        foreach (var (field, value) in action.Set)
        {
            var fieldPath = JsonPath.Property($"{path}.set", field);
            var column = columns.FirstOrDefault(c => c.Name == field);
            if (column is null)
            {
                context.Error(DiagnosticCodes.ActionUnknownColumn, fieldPath, $"Action '{action.Name}' sets '{ValidationContext.Shorten(field)}', which is not a column of '{table.Name}'.",
                    $"Columns: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
                continue;
            }

            if (managed.Contains(field))
            {
                context.Error(DiagnosticCodes.ActionSetsSystemField, fieldPath, $"'{field}' is system-managed; actions cannot set it.", "Remove it from 'set'.");
                continue;
            }

            if (table.Guards.Protected.TryGetValue(field, out var allowed) && !allowed.Contains(action.Name))
            {
                context.Error(DiagnosticCodes.ActionSetsProtectedField, fieldPath,
                    $"'{field}' is protected and only {string.Join(", ", allowed)} may change it, not '{action.Name}'.",
                    $"Add '{action.Name}' to guards.protected.{field}.");
            }

            CheckValue(context, action, column, value, fieldPath);
        }

        if (action.Transition is { } transition)
        {
            CheckTransition(context, table, action, transition, $"{path}.transition");
        }
    }

    private static void CheckValue(ValidationContext context, ActionDefinition action, ColumnDefinition column, Operand value, string path)
    {
        if (value.IsInputReference)
        {
            var input = action.Input.FirstOrDefault(i => i.Name == value.InputName);
            if (input is null)
            {
                context.Error(DiagnosticCodes.ActionUnknownInput, path, $"'{ValidationContext.Shorten(value.Text!)}' names an input '{action.Name}' does not declare.",
                    $"Declare it under 'input', or use one of: {string.Join(", ", action.Input.Select(i => "$input." + i.Name))}.");
            }
            else if (input.Type != column.Type)
            {
                context.Error(DiagnosticCodes.ActionValueTypeMismatch, path,
                    $"Input '{input.Name}' is {TableChecks.Name(input.Type)} but '{column.Name}' is {TableChecks.Name(column.Type)}.");
            }

            return;
        }

        if (value.Kind == OperandKind.Reference)
        {
            var problem = value.Text switch
            {
                Operand.Now => column.Type == ColumnType.Timestamp ? null : $"$now does not fit '{column.Name}', a {TableChecks.Name(column.Type)} column.",
                _ when Operand.ContextReferences.Contains(value.Text!) => OperandTypes.ContextReferenceProblem(column.Type, value) is { } p ? $"'{column.Name}': {p}." : null,
                _ => "",
            };
            if (problem == "")
            {
                context.Error(DiagnosticCodes.ActionUnknownReference, path, $"'{ValidationContext.Shorten(value.Text!)}' is not known in an action.",
                    "Use $input.<name>, $ctx.userId, $ctx.activeOrgId or $now; write $$ for a literal '$'.");
            }
            else if (problem is not null)
            {
                context.Error(DiagnosticCodes.ActionValueTypeMismatch, path, problem);
            }

            return;
        }

        if (value.Kind == OperandKind.Null && !column.Nullable)
        {
            context.Error(DiagnosticCodes.ActionValueTypeMismatch, path, $"'{column.Name}' is not nullable; the action cannot set it to null.");
        }
        else if (OperandTypes.LiteralProblem(column.Type, column.Enum, value) is { } literalProblem)
        {
            context.Error(DiagnosticCodes.ActionValueTypeMismatch, path, $"'{column.Name}': {literalProblem}.");
        }
    }

    private static void CheckTransition(ValidationContext context, TableDefinition table, ActionDefinition action, StateTransition transition, string path)
    {
        var column = table.FindColumn(transition.Field);
        if (column is null)
        {
            context.Error(DiagnosticCodes.ActionTransitionUnknownField, $"{path}.field",
                $"The transition moves '{ValidationContext.Shorten(transition.Field)}', which is not a column of '{table.Name}'.");
            return;
        }

        if (!action.Set.ContainsKey(transition.Field))
        {
            context.Error(DiagnosticCodes.ActionTransitionNotSet, $"{path}.field",
                $"The transition moves '{transition.Field}' but the action does not set it, so there is no new state.",
                $"Add \"set\": {{ \"{transition.Field}\": \"$input.{transition.Field}\" }} with a matching input, or a fixed state.");
        }

        if (column.Enum.Count == 0)
        {
            return;
        }

        foreach (var (from, targets) in transition.FromTo)
        {
            var fromPath = JsonPath.Property($"{path}.fromTo", from);
            foreach (var state in targets.Prepend(from).Where(s => !column.Enum.Contains(s)))
            {
                context.Error(DiagnosticCodes.ActionTransitionUnknownState, fromPath,
                    $"'{ValidationContext.Shorten(state)}' is not a state of '{transition.Field}' ({string.Join(", ", column.Enum)}).");
            }
        }
    }
}
