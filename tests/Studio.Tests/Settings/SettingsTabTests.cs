using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Settings;
using ApiStudio.Studio.Tests.Projects;
using Bunit;

namespace ApiStudio.Studio.Tests.Settings;

public sealed class SettingsTabTests : StudioComponentContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        LoadIntoEditor(new ApiDefinition { Project = new ProjectSettings { Name = "shop" } });
    }

    [Fact]
    public void Editing_the_base_path_changes_the_definition_as_one_undoable_edit()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-basePath]").Change("/shop/v2");

        Assert.Equal("/shop/v2", Editor.Definition.Project.BasePath);
        Assert.True(Editor.IsDirty);
        Assert.Equal("Change base path", Editor.UndoDescription);
    }

    [Fact]
    public void An_invalid_base_path_shows_the_validator_message_under_the_field()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-basePath]").Change("shop v2/");

        var message = cut.Find("[data-setting-path='$.project.basePath'] [data-testid=field-diagnostic]");
        Assert.Equal(DiagnosticCodes.ProjectBasePathInvalid, message.GetAttribute("data-code"));
        Assert.Contains("Base path 'shop v2/' is not a plain URL path.", message.TextContent);
        Assert.Empty(cut.FindAll("[data-setting-path='$.project.name'] [data-testid=field-diagnostic]"));
    }

    [Fact]
    public void Fixing_the_base_path_removes_the_message()
    {
        var cut = Render<SettingsTab>();
        cut.Find("input[data-testid=setting-basePath]").Change("no-slash");

        cut.Find("input[data-testid=setting-basePath]").Change("/api/v3");

        Assert.Empty(cut.FindAll("[data-setting-path='$.project.basePath'] [data-testid=field-diagnostic]"));
    }

    [Fact]
    public void A_number_out_of_range_shows_the_range_under_its_field()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-sessionLifetimeDays]").Change("400");

        Assert.Equal(400, Editor.Definition.Project.SessionLifetimeDays);
        var message = cut.Find("[data-setting-path='$.project.sessionLifetimeDays'] [data-testid=field-diagnostic]");
        Assert.Contains("'sessionLifetimeDays' is 400; it must be between 1 and 365.", message.TextContent);
    }

    [Fact]
    public void Rate_limits_and_the_error_format_are_edited_in_place()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-rateLimits-signIn]").Change("5");
        cut.FindAll("[data-testid=setting-errorDialect] .rz-button").Single(b => b.TextContent.Contains("Problem+JSON")).Click();

        Assert.Equal(5, Editor.Definition.Project.RateLimits.SignIn);
        Assert.Equal(1000, Editor.Definition.Project.RateLimits.Read);
        Assert.Equal(ErrorDialect.Problem, Editor.Definition.Project.ErrorDialect);
    }

    [Fact]
    public void Environments_are_edited_as_a_comma_separated_list_and_bad_names_are_reported()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-environments]").Change("dev, qa env, prod");

        Assert.Equal(["dev", "qa env", "prod"], Editor.Definition.Project.Environments);
        var message = cut.Find("[data-setting-path='$.project.environments'] [data-testid=field-diagnostic]");
        Assert.Equal("$.project.environments[1]", message.GetAttribute("data-path"));
    }

    [Fact]
    public void Undo_puts_the_previous_value_back_in_the_field()
    {
        var cut = Render<SettingsTab>();
        cut.Find("input[data-testid=setting-basePath]").Change("/v2");

        cut.InvokeAsync(Editor.Undo);

        Assert.Equal("/api/v1", cut.Find("input[data-testid=setting-basePath]").GetAttribute("value"));
        Assert.False(Editor.IsDirty);
    }

    [Fact]
    public void Committing_an_unchanged_value_adds_no_undo_step()
    {
        var cut = Render<SettingsTab>();

        cut.Find("input[data-testid=setting-basePath]").Change("/api/v1");

        Assert.False(Editor.CanUndo);
        Assert.False(Editor.IsDirty);
    }
}
