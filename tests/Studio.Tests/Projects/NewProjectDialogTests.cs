using ApiStudio.Studio.Projects;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace ApiStudio.Studio.Tests.Projects;

public class NewProjectDialogTests : BunitContext
{
    private readonly Task<dynamic?> dialogResult;

    public NewProjectDialogTests()
    {
        // Radzen components call into Radzen.Blazor.js; the calls have no effect worth asserting here.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();

        // The dialog service only completes a dialog it opened, so open one as the start page does;
        // the component under test is then rendered on its own, without Radzen's dialog host.
        dialogResult = Services.GetRequiredService<DialogService>().OpenAsync<NewProjectDialog>("New project");
    }

    [Fact]
    public void An_untouched_dialog_shows_no_message_and_disables_ok()
    {
        var cut = Render<NewProjectDialog>();

        Assert.Empty(cut.FindAll("[data-testid=project-name-error]"));
        Assert.True(OkButton(cut).HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("1project")]
    [InlineData("my project")]
    [InlineData("shop.api")]
    public void Typing_an_invalid_name_shows_the_message_and_disables_ok(string name)
    {
        var cut = Render<NewProjectDialog>();

        Type(cut, name);

        var message = cut.Find("[data-testid=project-name-error]");
        Assert.Equal("Use letters, digits, '-' or '_', starting with a letter", message.TextContent.Trim());
        Assert.True(OkButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Typing_a_valid_name_hides_the_message_and_enables_ok()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "1shop");

        Type(cut, "shop-api_2");

        Assert.Empty(cut.FindAll("[data-testid=project-name-error]"));
        Assert.False(OkButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Clearing_the_box_after_typing_shows_the_message()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "shop");

        Type(cut, "");

        Assert.Single(cut.FindAll("[data-testid=project-name-error]"));
        Assert.True(OkButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public async Task Submitting_a_valid_name_closes_the_dialog_with_the_name()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "billing");

        cut.Find("form").Submit();

        Assert.True(dialogResult.IsCompletedSuccessfully);
        Assert.Equal("billing", (string?)await dialogResult);
    }

    [Fact]
    public void Submitting_an_invalid_name_keeps_the_dialog_open()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "bad name");

        cut.Find("form").Submit();

        Assert.False(dialogResult.IsCompleted);
    }

    [Fact]
    public async Task Cancel_closes_the_dialog_without_a_name()
    {
        var cut = Render<NewProjectDialog>();
        Type(cut, "billing");

        cut.Find("[data-testid=cancel-project]").Click();

        Assert.True(dialogResult.IsCompletedSuccessfully);
        Assert.Null((object?)await dialogResult);
    }

    private static void Type(IRenderedComponent<NewProjectDialog> cut, string text) =>
        cut.Find("input[data-testid=project-name]").Input(text);

    private static AngleSharp.Dom.IElement OkButton(IRenderedComponent<NewProjectDialog> cut) =>
        cut.Find("button[data-testid=create-project]");
}
