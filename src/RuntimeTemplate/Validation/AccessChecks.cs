using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class AccessChecks
{
    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var firewall = ResolvedFirewall.Resolve(table);
        foreach (var operation in Enum.GetValues<CrudOperation>())
        {
            var name = operation.ToString().ToLowerInvariant();
            var path = $"{tablePath}.access.{name}";
            var rule = table.Access.For(operation);
            if (rule is null)
            {
                context.Info(DiagnosticCodes.AccessOperationUndefined, path,
                    $"No access rule for {name} on '{table.Name}': only secret API keys may {name}.",
                    "Add a rule with the roles that may run it.");
                continue;
            }

            CheckRule(context, table, firewall, rule, path);
        }
    }

    public static void CheckRule(ValidationContext context, TableDefinition table, ResolvedFirewall firewall, AccessRule rule, string path)
    {
        context.CheckRoleReferences(rule.Roles, $"{path}.roles");
        if (rule.Roles.Count == 0)
        {
            context.Warning(DiagnosticCodes.AccessNoRoles, $"{path}.roles", "No role is listed, so no user may run this; only secret keys can.",
                "List the roles that may run it, or PUBLIC for anyone.");
        }

        var isPublic = rule.Roles.Contains(RoleDefinition.Public);
        if (isPublic && rule.Roles.Count > 1)
        {
            context.Warning(DiagnosticCodes.AccessPublicMixed, $"{path}.roles", "PUBLIC already admits everyone; the other roles add nothing.",
                "Keep only PUBLIC, or remove it.");
        }

        if (isPublic && firewall.OrganizationColumn is not null)
        {
            context.Warning(DiagnosticCodes.AccessPublicOnScopedTable, $"{path}.roles",
                $"'{table.Name}' is scoped by organization; an anonymous caller has none, so PUBLIC callers get nothing but errors.",
                "Mark the table public with firewall.exception, or require a role.");
        }

        if (rule.Owner && firewall.OwnerColumn is null)
        {
            context.Error(DiagnosticCodes.AccessOwnerWithoutColumn, $"{path}.owner",
                $"Ownership is required but '{table.Name}' has no owner column.",
                "Add an 'ownerId' column (detected by name) or set firewall.owner.column.");
        }

        if (rule.Record is { } condition)
        {
            ConditionChecks.Run(context, table, condition, $"{path}.record");
        }
    }
}
