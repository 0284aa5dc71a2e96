using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Projects;
using Bunit;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.Projects;

public sealed class ProjectPageTests : StudioComponentContext
{
    private Guid projectId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        projectId = (await Store.CreateEmptyAsync("billing")).Project!.Id;
    }

    [Fact]
    public void Opening_a_project_loads_its_latest_revision_into_the_editor()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("billing", cut.Find("[data-testid=project-title]").TextContent));
        Assert.Equal((projectId, 1), (Editor.ProjectId!.Value, Editor.BaseRevision));
        Assert.Equal("Saved · revision 1", cut.Find("[data-testid=saved-badge]").TextContent.Trim());
        Assert.True(cut.Find("button[data-testid=save]").HasAttribute("disabled"));
    }

    [Fact]
    public void An_unknown_project_says_so_instead_of_failing()
    {
        var cut = Render<ProjectPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=project-not-found]")));
    }

    [Fact]
    public async Task An_edit_shows_the_unsaved_badge_and_saving_stores_a_revision_with_the_message()
    {
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=saved-badge]");

        await cut.InvokeAsync(() => Editor.Apply("Change base path", d => d with { Project = d.Project with { BasePath = "/v2" } }));
        cut.WaitForElement("[data-testid=unsaved-badge]");
        cut.Find("input[data-testid=save-message]").Input("Move to v2");
        cut.Find("button[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved · revision 2", cut.Find("[data-testid=saved-badge]").TextContent.Trim()));
        var latest = await Store.GetLatestAsync(projectId);
        Assert.Equal(("Move to v2", "/v2"), (latest!.Revision.Message, DefinitionJson.Parse(latest.DefinitionJson).Definition!.Project.BasePath));
        Assert.False(Editor.IsDirty);
    }

    [Fact]
    public async Task Saving_after_another_tab_saved_offers_reload_or_save_anyway_and_save_anyway_appends()
    {
        var dialogs = Render<RadzenDialog>();
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=saved-badge]");
        await Store.SaveAsync(projectId, 1, new ApiDefinition { Project = new ProjectSettings { Name = "other-tab" } }, "other tab");

        await cut.InvokeAsync(() => Editor.Apply("Change base path", d => d with { Project = d.Project with { BasePath = "/mine" } }));
        cut.Find("button[data-testid=save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Someone saved revision 2", dialogs.Find("[data-testid=save-conflict]").TextContent));
        Assert.Equal("Reload (lose my edits)", dialogs.Find("[data-testid=conflict-reload]").TextContent.Trim());
        dialogs.Find("[data-testid=conflict-save-anyway]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved · revision 3", cut.Find("[data-testid=saved-badge]").TextContent.Trim()));
        var latest = await Store.GetLatestAsync(projectId);
        Assert.Equal("/mine", DefinitionJson.Parse(latest!.DefinitionJson).Definition!.Project.BasePath);
        Assert.Equal(3, (await Store.ListRevisionsAsync(projectId)).Count);
    }

    [Fact]
    public async Task Choosing_reload_after_a_conflict_drops_the_edits_and_loads_the_latest_revision()
    {
        var dialogs = Render<RadzenDialog>();
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=saved-badge]");
        await Store.SaveAsync(projectId, 1, new ApiDefinition { Project = new ProjectSettings { Name = "other-tab" } }, "other tab");

        await cut.InvokeAsync(() => Editor.Apply("Change base path", d => d with { Project = d.Project with { BasePath = "/mine" } }));
        cut.Find("button[data-testid=save]").Click();
        dialogs.WaitForElement("[data-testid=conflict-reload]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved · revision 2", cut.Find("[data-testid=saved-badge]").TextContent.Trim()));
        Assert.Equal("other-tab", Editor.Definition.Project.Name);
        Assert.Equal(2, (await Store.ListRevisionsAsync(projectId)).Count);
    }

    [Fact]
    public async Task Undo_and_redo_buttons_follow_the_editor()
    {
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=saved-badge]");
        Assert.True(cut.Find("button[data-testid=undo]").HasAttribute("disabled"));

        await cut.InvokeAsync(() => Editor.Apply("Change base path", d => d with { Project = d.Project with { BasePath = "/v2" } }));
        cut.Find("button[data-testid=undo]").Click();

        Assert.Equal("/api/v1", Editor.Definition.Project.BasePath);
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[data-testid=redo]").HasAttribute("disabled")));
        cut.Find("button[data-testid=redo]").Click();
        Assert.Equal("/v2", Editor.Definition.Project.BasePath);
    }

    private IRenderedComponent<ProjectPage> RenderPage() => Render<ProjectPage>(p => p.Add(x => x.Id, projectId));
}
