using System.Globalization;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Diagram;

/// <summary>
/// A deterministic grid layout of the tables and their references: the same design always draws the
/// same picture, so screenshots and reviews compare, and nothing jumps while editing. Two boxes a row
/// fit beside the problems panel at 1280 px.
/// </summary>
public sealed record DiagramLayout(IReadOnlyList<DiagramBox> Boxes, IReadOnlyList<DiagramEdge> Edges, double Width, double Height)
{
    public const double BoxWidth = 210;
    public const double HeaderHeight = 28;
    public const double RowHeight = 20;
    public const double GapX = 90;
    public const double GapY = 50;
    public const double Margin = 20;

    public static DiagramLayout Compute(ApiDefinition definition, int maxPerRow = 2)
    {
        var tables = definition.Tables;
        var perRow = Math.Max(1, Math.Min(maxPerRow, tables.Count));
        var boxes = new List<DiagramBox>();
        var y = Margin;
        for (var start = 0; start < tables.Count; start += perRow)
        {
            var rowTables = tables.Skip(start).Take(perRow).ToList();
            var rowHeight = rowTables.Max(t => BoxHeight(t));
            for (var i = 0; i < rowTables.Count; i++)
            {
                boxes.Add(Box(rowTables[i], Margin + i * (BoxWidth + GapX), y));
            }

            y += rowHeight + GapY;
        }

        var edges = new List<DiagramEdge>();
        foreach (var box in boxes)
        {
            foreach (var row in box.Rows.Where(r => r.References is not null))
            {
                var target = boxes.FirstOrDefault(b => b.Table == row.References);
                if (target is not null)
                {
                    edges.Add(new DiagramEdge(box.Table, row.Column, target.Table, EdgePath(box, row, target)));
                }
            }
        }

        var width = boxes.Count == 0 ? 2 * Margin + BoxWidth : boxes.Max(b => b.X + b.Width) + Margin + GapX / 2;
        var height = boxes.Count == 0 ? 2 * Margin : y - GapY + Margin;
        return new DiagramLayout(boxes, edges, width, height);
    }

    private static double BoxHeight(TableDefinition table) => HeaderHeight + Math.Max(1, table.Columns.Count) * RowHeight + 6;

    private static DiagramBox Box(TableDefinition table, double x, double y)
    {
        var rows = table.Columns.Select((c, i) => new DiagramRow(
            c.Name, c.Type.ToString().ToLowerInvariant(), c.PrimaryKey, c.References, y + HeaderHeight + i * RowHeight + RowHeight / 2 + 2)).ToList();
        return new DiagramBox(table.Name, x, y, BoxWidth, BoxHeight(table), rows);
    }

    /// <summary>
    /// From the side of the column's row that faces the target to the side of the target's header;
    /// a box above or below in the same grid column, or the box itself, is reached by a loop on the right.
    /// </summary>
    private static string EdgePath(DiagramBox from, DiagramRow row, DiagramBox to)
    {
        var targetY = to.Y + HeaderHeight / 2;
        double startX, endX, c1, c2;
        if (to.X > from.X)
        {
            startX = from.X + from.Width;
            endX = to.X;
            var bend = Math.Max(30, (endX - startX) / 2);
            (c1, c2) = (startX + bend, endX - bend);
        }
        else if (to.X < from.X)
        {
            startX = from.X;
            endX = to.X + to.Width;
            var bend = Math.Max(30, (startX - endX) / 2);
            (c1, c2) = (startX - bend, endX + bend);
        }
        else
        {
            startX = from.X + from.Width;
            endX = to.X + to.Width;
            (c1, c2) = (startX + 45, endX + 45);
        }

        return $"M {N(startX)} {N(row.Y)} C {N(c1)} {N(row.Y)}, {N(c2)} {N(targetY)}, {N(endX)} {N(targetY)}";
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
