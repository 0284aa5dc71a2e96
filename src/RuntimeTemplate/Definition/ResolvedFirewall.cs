namespace ApiStudio.Runtime.Definition;

/// <summary>The firewall as it applies: explicit columns, else the ones detected by name.</summary>
public sealed record ResolvedFirewall
{
    public static readonly IReadOnlyList<string> OrganizationColumnNames = ["organizationId", "orgId", "organisationId"];
    public const string OwnerColumnName = "ownerId";

    public bool IsPublic { get; init; }

    public string? OrganizationColumn { get; init; }

    /// <summary>The organization column was found by its name, not configured.</summary>
    public bool OrganizationDetected { get; init; }

    public string? OwnerColumn { get; init; }

    public bool OwnerDetected { get; init; }

    public OwnerMode OwnerMode { get; init; } = OwnerMode.Required;

    public FirewallErrorMode ErrorMode { get; init; }

    public static ResolvedFirewall Resolve(TableDefinition table) => TableMetadata.Of(table).Firewall;

    internal static ResolvedFirewall Derive(TableDefinition table)
    {
        var firewall = table.Firewall;
        if (firewall.Exception)
        {
            return new ResolvedFirewall { IsPublic = true, ErrorMode = firewall.ErrorMode };
        }

        var detectedOrg = firewall.Organization is null
            ? OrganizationColumnNames.FirstOrDefault(n => table.FindColumn(n) is not null)
            : null;
        var detectedOwner = firewall.Owner is null && table.FindColumn(OwnerColumnName) is not null ? OwnerColumnName : null;
        return new ResolvedFirewall
        {
            OrganizationColumn = firewall.Organization?.Column ?? detectedOrg,
            OrganizationDetected = detectedOrg is not null,
            OwnerColumn = firewall.Owner?.Column ?? detectedOwner,
            OwnerDetected = detectedOwner is not null,
            OwnerMode = firewall.Owner?.Mode ?? OwnerMode.Required,
            ErrorMode = firewall.ErrorMode,
        };
    }
}
