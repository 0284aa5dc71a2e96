namespace ApiStudio.Runtime.Definition;

/// <summary>How a column's value is hidden from callers who may not see it.</summary>
public sealed record MaskingRule
{
    [AlwaysWritten]
    public MaskKind Kind { get; init; } = MaskKind.Redact;

    /// <summary>For <see cref="MaskKind.Custom"/>: a regular expression matched against the value.</summary>
    public string? Pattern { get; init; }

    /// <summary>For <see cref="MaskKind.Custom"/>: the replacement, with <c>$1</c>-style groups.</summary>
    public string? Replacement { get; init; }

    public MaskVisibility Show { get; init; } = new();
}
