namespace ApiStudio.Runtime.Definition;

/// <summary>Row isolation of a table. Columns left out are auto-detected by name.</summary>
public sealed record FirewallDefinition
{
    /// <summary>Column holding the organization; auto-detected from organizationId, orgId or organisationId.</summary>
    public FirewallColumn? Organization { get; init; }

    /// <summary>Column holding the owning user; auto-detected from ownerId.</summary>
    public OwnerColumn? Owner { get; init; }

    public FirewallErrorMode ErrorMode { get; init; } = FirewallErrorMode.Reveal;

    /// <summary>A public table: no organization or owner scoping at all.</summary>
    public bool Exception { get; init; }
}
