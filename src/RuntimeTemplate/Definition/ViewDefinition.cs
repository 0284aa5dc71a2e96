namespace ApiStudio.Runtime.Definition;

/// <summary>A named projection of a table: <c>GET {base}/{table}/views/{name}</c>.</summary>
public sealed record ViewDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Fields { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];
}
