namespace ApiStudio.Runtime.Authentication;

/// <summary>One organization the caller belongs to, with their role in it.</summary>
public sealed record MembershipView(string OrganizationId, string OrganizationName, string Role);
