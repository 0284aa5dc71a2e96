using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

/// <summary>A browser context on the Studio at 1280x720 that records console errors of every page it opens.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private BrowserSession(IBrowserContext context) => this.context = context;

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<BrowserSession> StartAsync(StudioFixture studio)
    {
        var context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = studio.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });
        return new BrowserSession(context);
    }

    public async Task<IPage> NewPageAsync()
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add($"uncaught: {error}");
        return page;
    }

    /// <summary>Opens the projects list and waits for the circuit (the New button is disabled until then).</summary>
    public static async Task OpenProjectsAsync(IPage page)
    {
        System.IO.Directory.CreateDirectory(Screenshots.Directory);
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response?.Status);
        await Expect(page.GetByTestId("new-project")).ToBeEnabledAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Creates a project through the New project dialog and waits until it is open.</summary>
    public static async Task CreateProjectAsync(IPage page, string name, string? sample = null)
    {
        await OpenProjectsAsync(page);
        await page.GetByTestId("new-project").ClickAsync();
        await page.GetByTestId("project-name").FillAsync(name);
        if (sample is not null)
        {
            await page.GetByText($"Sample: {sample}", new() { Exact = true }).ClickAsync();
        }

        await page.GetByTestId("create-project").ClickAsync();
        await Expect(page.GetByTestId("project-title")).ToHaveTextAsync(name, new() { Timeout = 15_000 });
    }

    /// <summary>
    /// Opens one of the project's section tabs. Right after a reload the page is the prerendered HTML until the
    /// circuit connects, and a click on it is lost, so the click is repeated until the tab shows as selected.
    /// </summary>
    public static async Task OpenTabAsync(IPage page, string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(".rz-tabview-nav").GetByText(name, new() { Exact = true }).ClickAsync();
            try
            {
                await Expect(tab).ToHaveAttributeAsync("aria-selected", "true", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 10)
            {
            }
        }
    }

    /// <summary>
    /// Chooses a file in the import dialog. InputFile listens for the choice only once its first render
    /// reached the browser, so a choice made by a fast script right after the dialog opened can be missed:
    /// it is made again until the dialog shows the file's name.
    /// </summary>
    public static async Task ChooseImportFileAsync(IPage page, FilePayload file)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByTestId("import-file").SetInputFilesAsync(file);
            try
            {
                await Expect(page.GetByTestId("import-file-name")).ToContainTextAsync(file.Name, new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Waits until notifications are gone and animations finished, so a screenshot shows the page itself.</summary>
    public static async Task SettleAsync(IPage page)
    {
        await Expect(page.Locator(".rz-notification-item")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
