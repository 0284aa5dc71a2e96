using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Tables.Diagram;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class DiagramLayoutTests
{
    [Fact]
    public void The_same_design_always_gets_the_same_layout()
    {
        var first = DiagramLayout.Compute(Samples.Crm);
        var second = DiagramLayout.Compute(Samples.Crm);

        Assert.Equal(first.Boxes.Select(b => (b.Table, b.X, b.Y)), second.Boxes.Select(b => (b.Table, b.X, b.Y)));
        Assert.Equal(first.Edges.Select(e => e.PathData), second.Edges.Select(e => e.PathData));
    }

    [Fact]
    public void Tables_are_laid_out_in_a_grid_of_two_per_row_without_overlapping()
    {
        var layout = DiagramLayout.Compute(Samples.Crm);

        Assert.Equal(2, layout.Boxes.Select(b => b.Y).Count(y => y == layout.Boxes[0].Y));
        Assert.True(layout.Boxes[2].Y >= layout.Boxes.Take(2).Max(b => b.Y + b.Height));
        Assert.True(layout.Boxes[1].X >= layout.Boxes[0].X + layout.Boxes[0].Width);
        Assert.All(layout.Boxes, b => Assert.True(b.X + b.Width <= layout.Width && b.Y + b.Height <= layout.Height));
    }

    [Fact]
    public void A_box_is_tall_enough_for_every_column()
    {
        var layout = DiagramLayout.Compute(Samples.Crm);

        var contacts = layout.Boxes.Single(b => b.Table == "contacts");
        Assert.Equal(9, contacts.Rows.Count);
        Assert.True(contacts.Rows[^1].Y < contacts.Y + contacts.Height);
    }

    [Fact]
    public void References_to_missing_tables_draw_no_edge_and_self_references_loop()
    {
        var definition = new ApiDefinition
        {
            Tables =
            [
                new TableDefinition
                {
                    Name = "employees",
                    Columns =
                    [
                        new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
                        new ColumnDefinition { Name = "managerId", Type = ColumnType.Uuid, References = "employees" },
                        new ColumnDefinition { Name = "deskId", Type = ColumnType.Uuid, References = "desks" },
                    ],
                },
            ],
        };

        var edge = Assert.Single(DiagramLayout.Compute(definition).Edges);

        Assert.Equal(("employees", "managerId", "employees"), (edge.FromTable, edge.FromColumn, edge.ToTable));
    }
}
