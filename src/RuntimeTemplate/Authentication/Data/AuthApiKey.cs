namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>A <c>pk_</c> or <c>sk_</c> key of an organization; table <c>auth_api_keys</c>.</summary>
public sealed class AuthApiKey
{
    public required string Id { get; set; }

    public required string OrganizationId { get; set; }

    /// <summary>The user who created the key; a key stops working when this user leaves the organization.</summary>
    public required string CreatedBy { get; set; }

    /// <summary><c>pk</c> or <c>sk</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The first characters of the key (<c>pk_1a2b3c4d</c>), enough to recognise it in a list.</summary>
    public required string DisplayPrefix { get; set; }

    /// <summary>SHA-256 (hex) of the whole key; the key is shown once, at creation.</summary>
    public required string KeyHash { get; set; }

    /// <summary>Scopes separated by single spaces (a scope never contains one).</summary>
    public required string Scopes { get; set; }

    public required string Environment { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
