namespace ApiStudio.Runtime.Authentication;

/// <summary>What a sign-in or refresh hands out; <see cref="CookieToken"/> only at sign-in.</summary>
public sealed record IssuedSession(
    string ChainId,
    UserView User,
    string AccessToken,
    string RefreshToken,
    string? CookieToken,
    DateTime SessionExpiresAt,
    string? ActiveOrganizationId);
