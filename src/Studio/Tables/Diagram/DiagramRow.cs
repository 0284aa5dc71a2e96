namespace ApiStudio.Studio.Tables.Diagram;

/// <summary>One column line inside a table's box; <see cref="Y"/> is the line's middle, where arrows start.</summary>
public sealed record DiagramRow(string Column, string Type, bool IsKey, string? References, double Y);
