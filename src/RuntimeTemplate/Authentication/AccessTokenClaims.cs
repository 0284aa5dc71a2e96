namespace ApiStudio.Runtime.Authentication;

/// <summary>What a valid access token says: who, which sign-in, and the organization chosen at sign-in or refresh.</summary>
public sealed record AccessTokenClaims(string UserId, string? Email, string ChainId, string? OrganizationId);
