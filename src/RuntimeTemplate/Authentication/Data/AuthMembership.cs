namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>A user's role in one organization; table <c>auth_memberships</c>, one row per organization and user.</summary>
public sealed class AuthMembership
{
    public required string Id { get; set; }

    public required string OrganizationId { get; set; }

    public required string UserId { get; set; }

    /// <summary>A role declared by the definition.</summary>
    public required string Role { get; set; }

    public DateTime CreatedAt { get; set; }
}
