namespace ApiStudio.Runtime.Definition;

/// <summary>A role a member of an organization can hold.</summary>
public sealed record RoleDefinition
{
    /// <summary>The role anyone has, signed in or not; naming it in an access rule skips authentication.</summary>
    public const string Public = "PUBLIC";

    public required string Name { get; init; }

    public string? Description { get; init; }
}
