using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class ViewChecks
{
    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var columns = SystemColumns.EffectiveColumns(table).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Views.Count; i++)
        {
            var view = table.Views[i];
            var path = $"{tablePath}.views[{i}]";
            if (context.CheckIdentifier(view.Name, $"{path}.name", "View") && !seen.Add(view.Name))
            {
                context.Error(DiagnosticCodes.ViewDuplicate, $"{path}.name", $"View '{view.Name}' is defined twice on '{table.Name}'.", "Rename one of them.");
            }

            if (view.Fields.Count == 0)
            {
                context.Error(DiagnosticCodes.ViewNoFields, $"{path}.fields", $"View '{view.Name}' shows no fields.", "List the fields it projects.");
            }

            for (var f = 0; f < view.Fields.Count; f++)
            {
                if (!columns.Contains(view.Fields[f]))
                {
                    context.Error(DiagnosticCodes.ViewUnknownField, $"{path}.fields[{f}]",
                        $"View '{view.Name}' shows '{ValidationContext.Shorten(view.Fields[f])}', which is not a column of '{table.Name}'.",
                        $"Columns: {string.Join(", ", columns)}.");
                }
            }

            context.CheckRoleReferences(view.Roles, $"{path}.roles");
            if (view.Roles.Count == 0)
            {
                context.Warning(DiagnosticCodes.ViewNoRoles, $"{path}.roles", $"No role may read view '{view.Name}'.", "List the roles that may read it.");
            }
        }
    }
}
