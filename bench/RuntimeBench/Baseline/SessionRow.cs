namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>The columns of the runtime's <c>auth_sessions</c> that the bearer check reads.</summary>
public sealed class SessionRow
{
    public required string Id { get; set; }

    public required string ChainId { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
