namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// <c>GET auth/me</c>: who the request is authenticated as. <see cref="Kind"/> is <c>user</c>,
/// <c>publishableKey</c> or <c>secretKey</c>; keys carry their id, scopes and environment instead of memberships.
/// </summary>
public sealed record MeResponse(
    string Kind,
    UserView? User,
    IReadOnlyList<MembershipView> Memberships,
    string? ActiveOrganizationId,
    IReadOnlyList<string> Roles,
    string? ApiKeyId,
    IReadOnlyList<string> Scopes,
    string? Environment);
