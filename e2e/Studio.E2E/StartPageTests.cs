using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

[Collection(StudioCollection.Name)]
public sealed class StartPageTests(StudioFixture studio) : IAsyncLifetime
{
    private const string NameRule = "Use letters, digits, '-' or '_', starting with a letter";

    private readonly List<string> consoleErrors = [];
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = studio.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add($"uncaught: {error}");
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task The_start_page_is_styled_by_the_Radzen_theme_and_has_no_console_errors()
    {
        await OpenStartPageAsync();

        await Expect(page.Locator(".rz-header")).ToContainTextAsync("API Studio");
        await Expect(page.Locator(".rz-sidebar")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        // A themed Radzen button has a background colour; an unstyled one would keep the UA's grey.
        var background = await page.GetByTestId("new-project")
            .EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.NotEqual("rgb(239, 239, 239)", background);
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);

        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("01-start-page"), FullPage = true });
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Creating_a_project_validates_the_name_as_typed_and_lists_it_without_reloading()
    {
        await OpenStartPageAsync();
        // Survives client-side updates but not a full page load.
        await page.EvaluateAsync("() => window.studioPageMarker = 'same-document'");

        await page.GetByTestId("new-project").ClickAsync();
        var nameBox = page.GetByTestId("project-name");
        await Expect(nameBox).ToBeVisibleAsync();
        await Expect(page.GetByTestId("create-project")).ToBeDisabledAsync();

        await nameBox.PressSequentiallyAsync("1st project");
        await Expect(page.GetByTestId("project-name-error")).ToHaveTextAsync(NameRule);
        await Expect(page.GetByTestId("create-project")).ToBeDisabledAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("02-invalid-name") });

        await nameBox.FillAsync("");
        await nameBox.PressSequentiallyAsync("billing-api");
        await Expect(page.GetByTestId("project-name-error")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("create-project")).ToBeEnabledAsync();

        await page.GetByTestId("create-project").ClickAsync();

        await Expect(page.GetByTestId("project-name")).ToHaveCountAsync(0);
        var notification = page.Locator(".rz-notification-item");
        await Expect(notification).ToContainTextAsync("Project billing-api created");
        // Let the fade-in finish so the screenshot shows the notification, not a ghost of it.
        await page.Locator(".rz-notification").EvaluateAsync(
            "n => Promise.all(n.getAnimations({ subtree: true }).map(a => a.finished))");
        await Expect(page.GetByTestId("project-list").GetByTestId("project-item-name"))
            .ToHaveTextAsync(["billing-api"]);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("03-project-created"), FullPage = true });

        Assert.Equal("same-document", await page.EvaluateAsync<string>("() => window.studioPageMarker"));
        Assert.Empty(consoleErrors);
    }

    private async Task OpenStartPageAsync()
    {
        System.IO.Directory.CreateDirectory(Screenshots.Directory);
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response?.Status);

        // The button is disabled until the circuit is up; clicking a prerendered one would do nothing.
        await Expect(page.GetByTestId("new-project")).ToBeEnabledAsync(new() { Timeout = 30_000 });
    }
}
