using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Projects;
using ApiStudio.Studio.Store;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace ApiStudio.Studio.Tests.Projects;

public sealed class NewProjectDialogTests : StudioComponentContext
{
    private Task<dynamic?> dialogResult = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // The dialog service only completes a dialog it opened, so open one as the projects page does;
        // the component under test is then rendered on its own, without Radzen's dialog host.
        dialogResult = Services.GetRequiredService<DialogService>().OpenAsync<NewProjectDialog>("New project");
    }

    [Fact]
    public void An_untouched_dialog_shows_no_message_and_disables_create()
    {
        var cut = Render<NewProjectDialog>();

        Assert.Empty(cut.FindAll("[data-testid=project-name-error]"));
        Assert.True(CreateButton(cut).HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("1project")]
    [InlineData("my project")]
    [InlineData("shop.api")]
    public void Typing_an_invalid_name_shows_the_rule_and_disables_create(string name)
    {
        var cut = Render<NewProjectDialog>();

        Type(cut, name);

        Assert.Equal("Use letters, digits, '-' or '_', starting with a letter", cut.Find("[data-testid=project-name-error]").TextContent.Trim());
        Assert.True(CreateButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Clearing_the_box_after_typing_shows_the_rule()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "shop");

        Type(cut, "");

        Assert.Single(cut.FindAll("[data-testid=project-name-error]"));
    }

    [Fact]
    public void The_samples_are_offered_beside_the_empty_design()
    {
        var cut = Render<NewProjectDialog>();

        var options = cut.FindAll("[data-testid=project-source] .rz-radiobutton-label").Select(l => l.TextContent.Trim());
        Assert.Equal(["An empty design", "Sample: crm", "Sample: hiring"], options);
    }

    [Fact]
    public async Task Submitting_a_valid_name_stores_an_empty_project_and_closes_with_it()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "billing");

        cut.Find("form").Submit();

        var project = Assert.IsType<ProjectSummary>(await WaitForResultAsync());
        Assert.Equal(("billing", 1, 0), (project.Name, project.LatestRevision, project.TableCount));
    }

    [Fact]
    public async Task Choosing_a_sample_stores_its_definition()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "my-crm");

        cut.FindAll("[data-testid=project-source] .rz-radio-btn")[1].Click();
        cut.Find("form").Submit();

        var project = Assert.IsType<ProjectSummary>(await WaitForResultAsync());
        var latest = await Store.GetLatestAsync(project.Id);
        Assert.Equal("Created from sample crm", latest!.Revision.Message);
        Assert.Equal(Sample("crm").Tables.Count, DefinitionJson.Parse(latest.DefinitionJson).Definition!.Tables.Count);
    }

    [Fact]
    public async Task A_taken_name_keeps_the_dialog_open_with_the_reason()
    {
        await Store.CreateEmptyAsync("Billing");
        var cut = Render<NewProjectDialog>();
        Type(cut, "billing");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("A project named billing already exists", cut.Find("[data-testid=project-name-error]").TextContent.Trim()));
        Assert.False(dialogResult.IsCompleted);
        Assert.Equal("billing", cut.Find("input[data-testid=project-name]").GetAttribute("value"));
    }

    [Fact]
    public async Task Submitting_an_invalid_name_keeps_the_dialog_open_and_stores_nothing()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "bad name");

        cut.Find("form").Submit();

        Assert.False(dialogResult.IsCompleted);
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public async Task Cancel_closes_the_dialog_without_a_project()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "billing");

        cut.Find("[data-testid=cancel-project]").Click();

        Assert.Null((object?)await WaitForResultAsync());
        Assert.Empty(await Store.ListAsync());
    }

    private async Task<object?> WaitForResultAsync() => await dialogResult.WaitAsync(TimeSpan.FromSeconds(10));

    private static void Type(IRenderedComponent<NewProjectDialog> cut, string text) =>
        cut.Find("input[data-testid=project-name]").Input(text);

    private static AngleSharp.Dom.IElement CreateButton(IRenderedComponent<NewProjectDialog> cut) =>
        cut.Find("button[data-testid=create-project]");
}
