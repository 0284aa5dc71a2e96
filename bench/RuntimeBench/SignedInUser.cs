namespace ApiStudio.RuntimeBench;

/// <summary>The persona the load is sent as: a member of one organization with one role, and its access token.</summary>
public sealed record SignedInUser(string UserId, string OrganizationId, string Role, string AccessToken);
