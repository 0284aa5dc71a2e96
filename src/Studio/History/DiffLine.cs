namespace ApiStudio.Studio.History;

/// <summary>One line of a comparison, with its 1-based number in the old and/or new text.</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);
