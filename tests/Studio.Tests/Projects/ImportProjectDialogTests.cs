using ApiStudio.Studio.Projects;
using ApiStudio.Studio.Store;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace ApiStudio.Studio.Tests.Projects;

public sealed class ImportProjectDialogTests : StudioComponentContext
{
    private Task<dynamic?> dialogResult = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        dialogResult = Services.GetRequiredService<DialogService>().OpenAsync<ImportProjectDialog>("Import api.json");
    }

    [Fact]
    public async Task Pasting_a_definition_with_a_validator_error_shows_the_diagnostics_and_stores_nothing()
    {
        var cut = Render<ImportProjectDialog>();
        cut.Find("input[data-testid=project-name]").Input("broken");
        cut.Find("textarea[data-testid=import-paste]").Change("""{ "version": 1, "project": { "name": "x", "basePath": "api" } }""");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("nothing was imported", cut.Find("[data-testid=import-problem]").TextContent));
        Assert.Contains(cut.FindAll("[data-testid=diagnostic]"), d => d.GetAttribute("data-code") == "PROJECT_BASE_PATH_INVALID");
        Assert.False(dialogResult.IsCompleted);
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public async Task Pasting_malformed_json_shows_where_and_stores_nothing()
    {
        var cut = Render<ImportProjectDialog>();
        cut.Find("input[data-testid=project-name]").Input("broken");
        cut.Find("textarea[data-testid=import-paste]").Change("{\n  \"version\": 1,\n  \"project\": ");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("JSON_MALFORMED", cut.Find("[data-testid=diagnostic-list]").TextContent));
        Assert.Contains("line", cut.Find("[data-testid=diagnostic]").TextContent);
        Assert.Empty(await Store.ListAsync());
    }

    [Fact]
    public void Submitting_without_a_file_or_text_asks_for_one()
    {
        var cut = Render<ImportProjectDialog>();
        cut.Find("input[data-testid=project-name]").Input("empty");

        cut.Find("form").Submit();

        Assert.EndsWith("Choose an api.json file or paste a definition.", cut.Find("[data-testid=import-problem]").TextContent.Trim());
    }

    [Fact]
    public async Task Pasting_a_valid_sample_imports_it_and_closes_with_the_project()
    {
        var cut = Render<ImportProjectDialog>();
        cut.Find("input[data-testid=project-name]").Input("hiring");
        cut.Find("textarea[data-testid=import-paste]").Change(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "hiring.api.json")));

        cut.Find("form").Submit();

        var project = Assert.IsType<ProjectSummary>(await dialogResult.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Sample("hiring").Tables.Count, project.TableCount);
        Assert.Equal("Imported from pasted text", (await Store.GetLatestAsync(project.Id))!.Revision.Message);
    }
}
