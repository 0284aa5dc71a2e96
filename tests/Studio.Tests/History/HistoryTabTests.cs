using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.History;
using ApiStudio.Studio.Tests.Projects;
using Bunit;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.History;

public sealed class HistoryTabTests : StudioComponentContext
{
    private Guid projectId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var created = await Store.ImportAsync("crm", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "crm.api.json")), "Created from sample crm");
        projectId = created.Project!.Id;
        var v2 = Sample("crm") with { Project = Sample("crm").Project with { BasePath = "/crm/v2" } };
        await Store.SaveAsync(projectId, 1, v2, "Move to v2");
        Editor.Load(projectId, 2, v2);
    }

    [Fact]
    public void The_revisions_are_listed_newest_first_with_their_messages()
    {
        var cut = Render<HistoryTab>(p => p.Add(t => t.ProjectId, projectId));

        cut.WaitForAssertion(() => Assert.Equal(
            ["Move to v2", "Created from sample crm"],
            cut.FindAll("[data-testid=revision-message]").Select(m => m.TextContent)));
    }

    [Fact]
    public void Comparing_the_previous_revision_with_the_latest_shows_the_changed_lines()
    {
        var cut = Render<HistoryTab>(p => p.Add(t => t.ProjectId, projectId));
        cut.WaitForElement("[data-testid=revision-message]");

        cut.Find("[data-testid=compare]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Revision 1 → Revision 2", cut.Find("[data-testid=viewer-title]").TextContent));
        var added = cut.FindAll("[data-testid=diff-line][data-kind=Added]").Select(l => l.TextContent).ToList();
        Assert.Single(added);
        Assert.Contains("\"basePath\": \"/crm/v2\"", added[0]);
        Assert.Empty(cut.FindAll("[data-testid=diff-line][data-kind=Removed]"));
        Assert.Contains("unchanged lines", cut.Find("[data-testid=diff-view]").TextContent);
    }

    [Fact]
    public void Unsaved_edits_can_be_compared_with_the_latest_revision()
    {
        Editor.Apply("Change max batch size", d => d with { Project = d.Project with { MaxBatchSize = 25 } });
        var cut = Render<HistoryTab>(p => p.Add(t => t.ProjectId, projectId));
        cut.WaitForElement("[data-testid=revision-message]");
        var compare = cut.FindComponents<RadzenDropDown<int>>();
        cut.InvokeAsync(() => compare[0].Instance.ValueChanged.InvokeAsync(2));
        cut.InvokeAsync(() => compare[1].Instance.ValueChanged.InvokeAsync(0));

        cut.Find("[data-testid=compare]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Revision 2 → Unsaved edits", cut.Find("[data-testid=viewer-title]").TextContent));
        Assert.Contains("\"maxBatchSize\": 25", cut.Find("[data-kind=Added]").TextContent);
    }

    [Fact]
    public void Viewing_a_revision_shows_its_stored_json()
    {
        var cut = Render<HistoryTab>(p => p.Add(t => t.ProjectId, projectId));
        cut.WaitForElement("[data-testid=view-revision]");

        cut.FindAll("[data-testid=view-revision]")[1].Click();

        cut.WaitForAssertion(() => Assert.Contains("\"name\": \"crm\"", cut.Find("[data-testid=revision-json]").TextContent));
        Assert.DoesNotContain("/crm/v2", cut.Find("[data-testid=revision-json]").TextContent);
    }

    [Fact]
    public async Task Restoring_a_revision_after_confirming_appends_it_and_loads_it_into_the_editor()
    {
        var dialogs = Render<RadzenDialog>();
        var cut = Render<HistoryTab>(p => p.Add(t => t.ProjectId, projectId));
        cut.WaitForElement("[data-testid=restore-revision]");

        cut.Find("[data-testid=restore-revision]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("copied as a new revision 3", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Restore").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, Editor.BaseRevision));
        Assert.Equal("/api/v1", Editor.Definition.Project.BasePath);
        Assert.False(Editor.IsDirty);
        Assert.Equal("Restored revision 1", (await Store.ListRevisionsAsync(projectId))[0].Message);
        cut.WaitForAssertion(() => Assert.Equal("Restored revision 1", cut.FindAll("[data-testid=revision-message]")[0].TextContent));
    }
}
