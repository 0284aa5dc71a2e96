namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>The columns of the runtime's <c>auth_memberships</c> that the bearer check reads.</summary>
public sealed class MembershipRow
{
    public required string Id { get; set; }

    public required string OrganizationId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }
}
