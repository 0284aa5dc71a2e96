using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class FirewallChecks
{
    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var firewall = table.Firewall;
        var path = $"{tablePath}.firewall";
        if (firewall.Exception)
        {
            if (firewall.Organization is not null || firewall.Owner is not null)
            {
                context.Warning(DiagnosticCodes.FirewallExceptionWithColumns, path,
                    $"'{table.Name}' is public (exception), so its organization and owner columns are ignored.",
                    "Remove 'exception' to scope the table, or remove the columns.");
            }

            return;
        }

        CheckColumn(context, table, firewall.Organization?.Column, $"{path}.organization.column", "organization");
        CheckColumn(context, table, firewall.Owner?.Column, $"{path}.owner.column", "owner");
        var resolved = ResolvedFirewall.Resolve(table);
        if (resolved.OrganizationColumn is null)
        {
            context.Error(DiagnosticCodes.FirewallNoOrgColumn, path,
                $"'{table.Name}' has no organization column, so its rows could not be isolated per organization.",
                $"Add an 'organizationId' column (detected by name), set firewall.organization.column to your column, or mark the table public with \"exception\": true.");
        }

        if (resolved.OrganizationColumn is not null && resolved.OrganizationColumn == resolved.OwnerColumn)
        {
            context.Error(DiagnosticCodes.FirewallSameColumn, $"{path}.owner.column",
                $"'{resolved.OwnerColumn}' cannot hold both the organization and the owner.", "Use two columns, such as organizationId and ownerId.");
        }
    }

    private static void CheckColumn(ValidationContext context, TableDefinition table, string? name, string path, string role)
    {
        if (name is null)
        {
            return;
        }

        var column = table.FindColumn(name);
        if (column is null)
        {
            context.Error(DiagnosticCodes.FirewallUnknownColumn, path, $"The {role} column '{ValidationContext.Shorten(name)}' is not a column of '{table.Name}'.",
                $"Add the column or name one of: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
        }
        else if (column.Type is not (ColumnType.Text or ColumnType.Uuid))
        {
            context.Error(DiagnosticCodes.FirewallColumnType, path,
                $"The {role} column '{name}' is {TableChecks.Name(column.Type)}; ids are text or uuid.", "Change the column's type to text or uuid.");
        }
    }
}
