namespace ApiStudio.Studio.Tables.Diagram;

/// <summary>A table drawn as a box: its position, size and the columns listed in it.</summary>
public sealed record DiagramBox(string Table, double X, double Y, double Width, double Height, IReadOnlyList<DiagramRow> Rows);
