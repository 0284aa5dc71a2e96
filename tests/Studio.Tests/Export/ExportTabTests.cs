using ApiStudio.Studio.Export;
using ApiStudio.Studio.Tests.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Export;

public sealed class ExportTabTests : DesignerContext
{
    [Fact]
    public void After_a_burst_of_edits_the_files_shown_are_those_of_the_last_edit()
    {
        var cut = Render<ExportTab>(p => p.Add(t => t.ProjectId, Guid.NewGuid()));
        cut.WaitForElement("[data-testid=export-file]", TimeSpan.FromSeconds(30));

        for (var i = 1; i <= 5; i++)
        {
            var version = i;
            Editor.Apply($"Describe v{version}", d => d with { Project = d.Project with { Description = $"Edit number {version}" } });
        }

        cut.WaitForAssertion(() =>
        {
            cut.FindAll("[data-testid=export-file]").First(b => b.TextContent == "api.json").Click();
            Assert.Contains("Edit number 5", cut.Find("[data-testid=export-file-content]").TextContent);
        }, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_file_being_read_stays_selected_when_the_design_changes()
    {
        var cut = Render<ExportTab>(p => p.Add(t => t.ProjectId, Guid.NewGuid()));
        cut.WaitForElement("[data-testid=export-file]", TimeSpan.FromSeconds(30));
        cut.FindAll("[data-testid=export-file]").First(b => b.TextContent == "openapi.json").Click();

        Editor.Apply("Describe", d => d with { Project = d.Project with { Description = "Changed" } });

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("openapi.json", cut.Find("[data-testid=export-file-path]").TextContent);
            Assert.Contains("Changed", cut.Find("[data-testid=export-file-content]").TextContent);
        }, TimeSpan.FromSeconds(30));
    }
}
