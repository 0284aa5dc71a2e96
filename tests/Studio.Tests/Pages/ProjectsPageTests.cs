using ApiStudio.Studio.Projects;
using ApiStudio.Studio.Tests.Projects;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.Pages;

public sealed class ProjectsPageTests : StudioComponentContext
{
    [Fact]
    public void While_prerendered_the_new_and_import_buttons_are_disabled()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<ProjectsPage>();

        Assert.True(cut.Find("[data-testid=new-project]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=import-project]").HasAttribute("disabled"));
    }

    [Fact]
    public void Without_projects_the_page_says_there_are_none_yet()
    {
        var cut = Render<ProjectsPage>();

        cut.WaitForAssertion(() => Assert.StartsWith("No projects yet.", cut.Find("[data-testid=no-projects]").TextContent.Trim()));
    }

    [Fact]
    public async Task Stored_projects_are_listed_most_recently_updated_first_with_links_to_open_them()
    {
        var billing = (await Store.CreateEmptyAsync("billing")).Project!;
        await Store.CreateEmptyAsync("accounts");
        await Store.SaveAsync(billing.Id, 1, new Runtime.Definition.ApiDefinition(), "touch");

        var cut = Render<ProjectsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["billing", "accounts"], Names(cut)));
        Assert.Equal($"/projects/{billing.Id}", cut.Find("[data-testid=project-item-name]").GetAttribute("href"));
    }

    [Fact]
    public async Task Searching_filters_the_list_ignoring_case()
    {
        await Store.CreateEmptyAsync("billing");
        await Store.CreateEmptyAsync("accounts");
        var cut = Render<ProjectsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Length));

        cut.Find("input[data-testid=project-search]").Input("BILL");

        cut.WaitForAssertion(() => Assert.Equal(["billing"], Names(cut)));
    }

    [Fact]
    public async Task Deleting_asks_for_confirmation_and_then_removes_the_project()
    {
        await Store.CreateEmptyAsync("billing");
        var dialogs = Render<RadzenDialog>();
        var cut = Render<ProjectsPage>();
        cut.WaitForAssertion(() => Assert.Equal(["billing"], Names(cut)));

        cut.Find("[data-testid=delete-project]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete billing and its revision?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=no-projects]")));
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public async Task Creating_a_project_in_the_dialog_stores_it_and_opens_it()
    {
        var dialogs = Render<RadzenDialog>();
        var notifications = Render<RadzenNotification>();
        var cut = Render<ProjectsPage>();

        cut.Find("[data-testid=new-project]").Click();
        dialogs.WaitForElement("input[data-testid=project-name]").Input("billing");
        dialogs.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches("/projects/[0-9a-f-]{36}$", navigation.Uri));
        notifications.WaitForAssertion(() => Assert.Contains("Project billing created", notifications.Markup));
        Assert.Equal("billing", Assert.Single(await Store.ListAsync()).Name);
    }

    private static string[] Names(IRenderedComponent<ProjectsPage> cut) =>
        cut.FindAll("[data-testid=project-item-name]").Select(a => a.TextContent).ToArray();
}
