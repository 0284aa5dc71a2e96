namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>
/// One opaque token issued for a sign-in; table <c>auth_sessions</c>. A sign-in is a chain: its cookie
/// token and every refresh token that rotation produced share <see cref="ChainId"/>, so reuse of a spent
/// refresh token or a sign-out revokes all of them at once.
/// </summary>
public sealed class AuthSession
{
    public required string Id { get; set; }

    /// <summary>The sign-in this token belongs to; access tokens carry it as their <c>sid</c> claim.</summary>
    public required string ChainId { get; set; }

    /// <summary>One of <see cref="AuthSessionKind"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>SHA-256 (hex) of the token; the token itself is only ever in the client's hands.</summary>
    public required string TokenHash { get; set; }

    public required string UserId { get; set; }

    public string? ActiveOrganizationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When a refresh token was exchanged; a second exchange is reuse, the sign of a stolen token.</summary>
    public DateTime? UsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
