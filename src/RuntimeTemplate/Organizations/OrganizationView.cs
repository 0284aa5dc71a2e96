namespace ApiStudio.Runtime.Organizations;

/// <summary>An organization as its members see it, with the caller's role in it.</summary>
public sealed record OrganizationView(string Id, string Name, string Role, DateTime CreatedAt);
