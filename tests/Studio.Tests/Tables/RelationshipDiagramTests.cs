using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables.Diagram;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class RelationshipDiagramTests : DesignerContext
{
    [Fact]
    public void It_draws_a_box_per_table_and_an_edge_per_reference()
    {
        var cut = Render<RelationshipDiagram>(p => p.Add(d => d.Definition, Editor.Definition));

        Assert.Equal(["companies", "contacts", "deals", "notes"], cut.FindAll("[data-testid=diagram-box]").Select(b => b.GetAttribute("data-table")));
        var edges = cut.FindAll("[data-testid=diagram-edge]").Select(e => (e.GetAttribute("data-from"), e.GetAttribute("data-to"))).ToList();
        Assert.Equal([("contacts.companyId", "companies"), ("deals.contactId", "contacts"), ("notes.dealId", "deals")], edges);
    }

    [Fact]
    public void Each_box_lists_the_columns_of_its_table()
    {
        var cut = Render<RelationshipDiagram>(p => p.Add(d => d.Definition, Editor.Definition));

        var deals = cut.Find("[data-testid=diagram-box][data-table=deals]");
        Assert.Equal(["id", "organizationId", "contactId", "title", "amount", "stage"],
            deals.QuerySelectorAll(".diagram-row").Select(r => r.GetAttribute("data-column")));
        Assert.Contains("→ contacts", deals.TextContent);
    }

    [Fact]
    public void Clicking_a_box_or_pressing_enter_on_it_opens_that_table()
    {
        var cut = Render<RelationshipDiagram>(p => p.Add(d => d.Definition, Editor.Definition));

        cut.Find("[data-testid=diagram-box][data-table=deals]").Click();
        Assert.Equal(("deals", TableTab.Columns), (Location.TableName, Location.TableTab));

        cut.Find("[data-testid=diagram-box][data-table=notes]").KeyDown("Enter");
        Assert.Equal("notes", Location.TableName);
    }

    [Fact]
    public void An_empty_design_invites_to_add_a_table()
    {
        var cut = Render<RelationshipDiagram>(p => p.Add(d => d.Definition, new ApiDefinition()));

        Assert.NotNull(cut.Find("[data-testid=diagram-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=diagram-box]"));
    }
}
