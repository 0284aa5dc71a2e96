using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Firewall;

/// <summary>The firewall in plain sentences: which columns scope the rows and whether they were detected or configured.</summary>
public static class FirewallSummary
{
    public static IReadOnlyList<string> Lines(TableDefinition table)
    {
        var resolved = ResolvedFirewall.Resolve(table);
        if (resolved.IsPublic)
        {
            return ["Public table (exception): rows are not scoped by organization or owner."];
        }

        var lines = new List<string>
        {
            resolved.OrganizationColumn switch
            {
                null => "No organization column: rows cannot be isolated per organization.",
                var org when resolved.OrganizationDetected => $"{org} detected by name: rows are scoped to the caller's active organization.",
                var org => $"{org} configured as the organization column: rows are scoped to the caller's active organization.",
            },
            resolved.OwnerColumn switch
            {
                null => "No owner column: every member of the organization reaches every row.",
                var owner => $"{owner} {(resolved.OwnerDetected ? "detected by name" : "configured as the owner column")}: "
                    + (resolved.OwnerMode == OwnerMode.Required ? "callers reach only the rows they own." : "callers reach their own rows and rows without an owner."),
            },
            table.SoftDelete ? "Soft delete: deleted rows stay in the database and are invisible." : "Hard delete: delete removes the row.",
            resolved.ErrorMode == FirewallErrorMode.Hide
                ? "Rows out of reach answer an opaque 404."
                : "Rows out of reach answer 403 with a FIREWALL_* code.",
        };
        return lines;
    }
}
