using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class ViewsTabTests : DesignerContext
{
    [Fact]
    public void Views_are_listed_with_their_fields_and_a_new_view_starts_with_the_key_and_no_readers()
    {
        Open("deals", TableTab.Views);
        var cut = Render<TablesWorkspace>();
        Assert.Equal(["pipeline"], cut.FindAll("[data-testid=view-card]").Select(c => c.GetAttribute("data-view")));

        cut.Find("[data-testid=add-view]").Click();

        var view = TableNamed("deals").Views[1];
        Assert.Equal("view1", view.Name);
        Assert.Equal(["id"], view.Fields);
        var card = cut.FindAll("[data-testid=view-card]")[1];
        Assert.NotNull(card.QuerySelector($"[data-code={DiagnosticCodes.ViewNoRoles}]"));
    }

    [Fact]
    public void Renaming_a_view_to_a_taken_name_shows_the_duplicate_on_the_card()
    {
        Open("deals", TableTab.Views);
        var cut = Render<TablesWorkspace>();
        cut.Find("[data-testid=add-view]").Click();

        cut.FindAll("input[data-testid=view-name]")[1].Change("pipeline");

        Assert.NotNull(cut.FindAll("[data-testid=view-card]")[1].QuerySelector($"[data-code={DiagnosticCodes.ViewDuplicate}]"));
    }
}
