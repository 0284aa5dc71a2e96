namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>A tenant whose rows the firewall isolates; table <c>auth_organizations</c>.</summary>
public sealed class AuthOrganization
{
    /// <summary>A uuid in text form; it is what firewall <c>organizationId</c> columns hold.</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
