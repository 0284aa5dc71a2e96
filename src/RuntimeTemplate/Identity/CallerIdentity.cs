namespace ApiStudio.Runtime.Identity;

/// <summary>Who is calling, as the authentication layer established it; every later layer reads it.</summary>
public sealed record CallerIdentity
{
    public static CallerIdentity Anonymous { get; } = new();

    public CallerKind Kind { get; init; } = CallerKind.Anonymous;

    /// <summary>The user's id, or for an API key the id of the user who created it.</summary>
    public string? UserId { get; init; }

    public string? Email { get; init; }

    /// <summary>The organization the request acts in, if any.</summary>
    public string? ActiveOrgId { get; init; }

    /// <summary>The caller's roles in the active organization.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public string? ApiKeyId { get; init; }

    /// <summary>Scopes of an API key: <c>{table}:{op}</c>, <c>{table}:*</c>, <c>*:{op}</c>, <c>*:*</c>.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    public string? Environment { get; init; }

    public bool IsAuthenticated => Kind != CallerKind.Anonymous;

    public bool IsApiKey => Kind is CallerKind.PublishableKey or CallerKind.SecretKey;

    /// <summary>How the trace and error details name the caller: <c>user 3f2a… (admin) in org 9c1e…</c>.</summary>
    public string Describe() => Kind switch
    {
        CallerKind.Anonymous => "anonymous caller",
        CallerKind.SecretKey => $"secret key {ApiKeyId} in org {ActiveOrgId}",
        CallerKind.PublishableKey => $"publishable key {ApiKeyId} in org {ActiveOrgId}",
        _ => $"user {UserId} ({(Roles.Count == 0 ? "no role" : string.Join(", ", Roles))})" + (ActiveOrgId is null ? " with no active organization" : $" in org {ActiveOrgId}"),
    };
}
