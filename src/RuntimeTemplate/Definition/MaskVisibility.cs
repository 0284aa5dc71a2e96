namespace ApiStudio.Runtime.Definition;

/// <summary>Who sees a masked column's real value.</summary>
public sealed record MaskVisibility
{
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The record's owner sees the real value.</summary>
    public bool Owner { get; init; }
}
