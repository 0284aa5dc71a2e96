using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

[Collection(StudioCollection.Name)]
public sealed class ProjectsPageTests(StudioFixture studio) : IAsyncLifetime
{
    private const string NameRule = "Use letters, digits, '-' or '_', starting with a letter";

    private BrowserSession session = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task The_projects_page_is_styled_by_the_Radzen_theme_and_has_no_console_errors()
    {
        await BrowserSession.OpenProjectsAsync(page);

        await Expect(page.Locator(".rz-header")).ToContainTextAsync("API Studio");
        await Expect(page.Locator(".rz-sidebar")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Projects");

        // A themed Radzen button has a background colour; an unstyled one would keep the UA's grey.
        var background = await page.GetByTestId("new-project").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.NotEqual("rgb(239, 239, 239)", background);
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Creating_a_project_validates_the_name_as_typed_and_opens_it_without_reloading()
    {
        await BrowserSession.OpenProjectsAsync(page);
        // Survives client-side navigation but not a full page load.
        await page.EvaluateAsync("() => window.studioPageMarker = 'same-document'");

        await page.GetByTestId("new-project").ClickAsync();
        var nameBox = page.GetByTestId("project-name");
        await Expect(nameBox).ToBeVisibleAsync();
        await Expect(page.GetByTestId("create-project")).ToBeDisabledAsync();

        await nameBox.PressSequentiallyAsync("1st project");
        await Expect(page.GetByTestId("project-name-error")).ToHaveTextAsync(NameRule);
        await Expect(page.GetByTestId("create-project")).ToBeDisabledAsync();

        await nameBox.FillAsync("");
        await nameBox.PressSequentiallyAsync("billing-api");
        await Expect(page.GetByTestId("project-name-error")).ToHaveCountAsync(0);
        await nameBox.PressAsync("Enter");

        await Expect(page.GetByTestId("project-title")).ToHaveTextAsync("billing-api");
        await Expect(page.Locator(".rz-notification-item")).ToContainTextAsync("Project billing-api created");
        Assert.Equal("same-document", await page.EvaluateAsync<string>("() => window.studioPageMarker"));

        // A second project with the same name in another case is refused in the dialog, which keeps the name.
        await page.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).First.ClickAsync();
        await page.GetByTestId("new-project").ClickAsync();
        await page.GetByTestId("project-name").FillAsync("Billing-API");
        await page.GetByTestId("create-project").ClickAsync();
        await Expect(page.GetByTestId("project-name-error")).ToHaveTextAsync("A project named Billing-API already exists");
        await Expect(page.GetByTestId("project-name")).ToHaveValueAsync("Billing-API");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("project-name")).ToHaveCountAsync(0);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task The_list_shows_projects_with_their_tables_and_revision_and_searches_them()
    {
        await BrowserSession.CreateProjectAsync(page, "crm-listed", sample: "crm");
        await BrowserSession.CreateProjectAsync(page, "hiring-listed", sample: "hiring");
        await BrowserSession.CreateProjectAsync(page, "blank-listed");

        await BrowserSession.OpenProjectsAsync(page);
        var crmRow = page.Locator("tr", new() { Has = page.GetByText("crm-listed", new() { Exact = true }) });
        await Expect(crmRow).ToContainTextAsync("UTC");
        Assert.Contains("4", await crmRow.Locator("td").Nth(1).InnerTextAsync());

        // Other tests share the store, so the search term is one only this test's projects contain.
        await page.GetByTestId("project-search").PressSequentiallyAsync("LISTED");
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["blank-listed", "hiring-listed", "crm-listed"]);
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("01-projects-list") });

        await page.GetByTestId("project-search").FillAsync("hiring-l");
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["hiring-listed"]);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Rename_duplicate_and_delete_work_from_the_list_with_a_confirmation_before_deleting()
    {
        await BrowserSession.CreateProjectAsync(page, "orders");
        await BrowserSession.OpenProjectsAsync(page);
        await page.GetByTestId("project-search").FillAsync("orders");
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["orders"]);

        await page.GetByLabel("Rename orders").ClickAsync();
        await page.GetByTestId("project-name").FillAsync("sales-orders");
        await page.GetByTestId("project-name").PressAsync("Enter");
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["sales-orders"]);

        await page.GetByLabel("Duplicate sales-orders").ClickAsync();
        await Expect(page.GetByTestId("project-name")).ToHaveValueAsync("sales-orders-copy");
        await page.GetByTestId("confirm-name").ClickAsync();
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["sales-orders-copy", "sales-orders"]);

        await page.GetByLabel("Delete sales-orders-copy").ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("This cannot be undone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("project-item-name")).ToHaveTextAsync(["sales-orders"]);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Importing_an_invalid_file_shows_the_diagnostics_and_creates_nothing()
    {
        await BrowserSession.OpenProjectsAsync(page);
        await page.GetByTestId("import-project").ClickAsync();
        await page.GetByTestId("project-name").FillAsync("broken-import");
        const string invalid = """
            {
              "version": 1,
              "project": { "name": "broken", "basePath": "api v1" },
              "tables": []
            }
            """;
        await BrowserSession.ChooseImportFileAsync(page, new FilePayload
        {
            Name = "broken.api.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(invalid),
        });

        await page.GetByTestId("confirm-import").ClickAsync();

        await Expect(page.GetByTestId("import-problem")).ToContainTextAsync("nothing was imported");
        var diagnostics = page.GetByTestId("import-diagnostics");
        await Expect(diagnostics).ToContainTextAsync("PROJECT_BASE_PATH_INVALID");
        await Expect(diagnostics).ToContainTextAsync("is not a plain URL path");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("02-import-invalid") });

        // Malformed JSON pasted instead: the diagnostic gives the line and column.
        await page.GetByTestId("import-paste").FillAsync("{ \"version\": 1,\n  \"project\": { \"name\": \"x\" ");
        await page.GetByTestId("confirm-import").ClickAsync();
        await Expect(diagnostics).ToContainTextAsync("JSON_MALFORMED");
        await Expect(diagnostics).ToContainTextAsync("line 2");

        await page.GetByTestId("cancel-import").ClickAsync();
        await page.GetByTestId("project-search").FillAsync("broken-import");
        await Expect(page.GetByTestId("no-projects")).ToBeVisibleAsync();
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Importing_a_valid_file_creates_the_project_and_export_downloads_it()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "samples", "crm.api.json"));
        await BrowserSession.OpenProjectsAsync(page);
        await page.GetByTestId("import-project").ClickAsync();
        await BrowserSession.ChooseImportFileAsync(page, new FilePayload
        {
            Name = "crm-imported.api.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(json),
        });
        await Expect(page.GetByTestId("project-name")).ToHaveValueAsync("crm-imported");
        await page.GetByTestId("confirm-import").ClickAsync();

        await Expect(page.Locator(".rz-notification-item")).ToContainTextAsync("Project crm-imported imported");
        var link = page.GetByTestId("project-item-name").Filter(new() { HasText = "crm-imported" });
        await Expect(link).ToHaveCountAsync(1);

        var row = page.Locator("tr", new() { Has = link });
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByTestId("export-project").ClickAsync());
        Assert.Equal("api.json", download.SuggestedFilename);
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"name\": \"crm\"", exported);
        Assert.Empty(session.ConsoleErrors);
    }
}
