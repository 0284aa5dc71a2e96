namespace ApiStudio.Runtime.Organizations;

/// <summary>A member of an organization.</summary>
public sealed record MemberView(string UserId, string Email, string? Name, string Role, DateTime JoinedAt);
