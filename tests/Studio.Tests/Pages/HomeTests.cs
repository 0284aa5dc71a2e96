using ApiStudio.Studio.Components.Pages;
using ApiStudio.Studio.Projects;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.Pages;

public class HomeTests : BunitContext
{
    public HomeTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddScoped<ProjectDrafts>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void While_prerendered_the_new_project_button_is_disabled()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<Home>();

        Assert.True(cut.Find("[data-testid=new-project]").HasAttribute("disabled"));
    }

    [Fact]
    public void Without_drafts_the_page_says_there_are_no_projects_yet()
    {
        var cut = Render<Home>();

        Assert.NotNull(cut.Find("[data-testid=new-project]"));
        Assert.Equal("No projects yet.", cut.Find("[data-testid=no-projects]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=project-list] li"));
    }

    [Fact]
    public void The_page_lists_the_drafts_of_the_circuit()
    {
        var drafts = Services.GetRequiredService<ProjectDrafts>();
        drafts.TryAdd("billing");
        drafts.TryAdd("accounts");

        var cut = Render<Home>();

        var items = cut.FindAll("[data-testid=project-list] [data-testid=project-item-name]").Select(li => li.TextContent);
        Assert.Equal(["billing", "accounts"], items);
        Assert.Empty(cut.FindAll("[data-testid=no-projects]"));
    }

    [Fact]
    public void Creating_a_project_in_the_dialog_lists_it_and_notifies()
    {
        // Radzen's hosts for dialogs and notifications live in the layout, so render them beside the page.
        var dialogs = Render<RadzenDialog>();
        var notifications = Render<RadzenNotification>();
        var cut = Render<Home>();

        cut.Find("[data-testid=new-project]").Click();
        dialogs.Find("input[data-testid=project-name]").Input("billing");
        dialogs.Find("form").Submit();

        cut.WaitForAssertion(() =>
            Assert.Equal("billing", cut.Find("[data-testid=project-item-name]").TextContent));
        notifications.WaitForAssertion(() =>
            Assert.Contains("Project billing created", notifications.Markup));
        Assert.Empty(dialogs.FindAll("input[data-testid=project-name]"));
    }
}
