namespace ApiStudio.Studio.Tables.Diagram;

/// <summary>An arrow from a referencing column to the table it references, as an SVG path.</summary>
public sealed record DiagramEdge(string FromTable, string FromColumn, string ToTable, string PathData);
