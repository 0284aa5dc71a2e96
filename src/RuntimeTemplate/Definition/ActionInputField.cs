namespace ApiStudio.Runtime.Definition;

/// <summary>One field of an action's request body.</summary>
public sealed record ActionInputField
{
    public required string Name { get; init; }

    [AlwaysWritten]
    public ColumnType Type { get; init; } = ColumnType.Text;

    public string? Description { get; init; }

    public bool Required { get; init; }

    public IReadOnlyList<string> Enum { get; init; } = [];

    public int? MaxLength { get; init; }
}
