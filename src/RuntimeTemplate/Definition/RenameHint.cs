namespace ApiStudio.Runtime.Definition;

/// <summary>Says that a table or column was renamed, not dropped and added.</summary>
public sealed record RenameHint
{
    [AlwaysWritten]
    public RenameKind Kind { get; init; } = RenameKind.Column;

    /// <summary>The table of a column rename, by its current name.</summary>
    public string? Table { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }
}
