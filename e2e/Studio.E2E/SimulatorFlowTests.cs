using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

/// <summary>Debugging a design before shipping it: the error preview, a denied request and its trace, and the export.</summary>
[Collection(StudioCollection.Name)]
public sealed class SimulatorFlowTests(StudioFixture studio) : IAsyncLifetime
{
    private BrowserSession session = null!;
    private IPage page = null!;
    private DesignSteps design = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
        design = new DesignSteps(page);
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task The_error_preview_shows_each_layer_and_switches_dialect()
    {
        await BrowserSession.CreateProjectAsync(page, "preview-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Errors");

        var cards = page.GetByTestId("error-card");
        await Expect(cards.First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=error-card][data-code=AUTH_MISSING]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=error-card][data-code=ACCESS_ROLE_REQUIRED]")).ToHaveCountAsync(1);
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("10-error-preview"), FullPage = true });

        await page.GetByTestId("preview-dialect").GetByText("Envelope").ClickAsync();
        await Expect(page.Locator("[data-testid=error-card][data-code=AUTH_MISSING] [data-testid=error-body]"))
            .ToContainTextAsync("auth/missing-authorization-header");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task A_viewer_creating_a_deal_is_denied_and_the_trace_names_the_rule()
    {
        await BrowserSession.CreateProjectAsync(page, "simulate-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Simulator");
        await Expect(page.GetByTestId("send")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByTestId("persona").ClickAsync();
        await page.GetByLabel("viewer in A (viewer@a.sandbox)", new() { Exact = true }).ClickAsync();
        await design.ChooseAsync("method", "POST");
        await page.GetByTestId("path").Locator("input").FillAsync("/api/v1/deals");
        await page.GetByTestId("body").FillAsync("""{"title":"Big deal"}""");
        await page.GetByTestId("send").ClickAsync();

        await Expect(page.GetByTestId("response-status")).ToHaveTextAsync("403");
        var denial = page.Locator("[data-testid=trace-step][data-outcome=Failed]");
        await Expect(denial).ToContainTextAsync("'viewer'");
        await Expect(denial).ToContainTextAsync("sales+");
        await Expect(page.GetByTestId("trace-fix")).ToBeVisibleAsync();
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("11-simulator-trace"), FullPage = true });

        await page.GetByTestId("body").FillAsync("{ not json");
        await Expect(page.GetByTestId("body-problem")).ToContainTextAsync("Malformed JSON");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task A_publishable_key_persona_with_chosen_scopes_reads_but_may_not_write()
    {
        await BrowserSession.CreateProjectAsync(page, "key-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Simulator");
        await Expect(page.GetByTestId("send")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByTestId("key-form-toggle").ClickAsync();
        var scopes = page.GetByTestId("key-scopes");
        await scopes.FillAsync("deals:create");
        await Expect(page.GetByTestId("key-problem")).ToContainTextAsync("a publishable key may only read");
        await Expect(page.GetByTestId("add-key")).ToBeDisabledAsync();
        await scopes.FillAsync("deals:read");
        await page.GetByTestId("add-key").ClickAsync();
        await Expect(page.GetByTestId("persona")).ToContainTextAsync("pk_ key of A [deals:read]");

        await design.ChooseAsync("method", "POST");
        await page.GetByTestId("path").Locator("input").FillAsync("/api/v1/deals");
        await page.GetByTestId("body").FillAsync("""{"title":"Keyed"}""");
        await page.GetByTestId("send").ClickAsync();

        await Expect(page.GetByTestId("response-status")).ToHaveTextAsync("403");
        await Expect(page.Locator("[data-testid=trace-step][data-outcome=Failed]")).ToContainTextAsync("deals:create");
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("13-simulator-key-persona"), FullPage = true });

        // The same key may read: a HEAD answers as the GET would, with headers and no body.
        await design.ChooseAsync("method", "HEAD");
        await page.GetByTestId("send").ClickAsync();
        await Expect(page.GetByTestId("response-status")).ToHaveTextAsync("200");
        await Expect(page.GetByTestId("response-body")).ToHaveTextAsync("(empty body)");
        // The history lists both requests, newest first.
        var rows = page.GetByTestId("history").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("HEAD /api/v1/deals");
        await Expect(rows.Nth(1)).ToContainTextAsync("POST /api/v1/deals");
        await Expect(rows.Nth(1)).ToContainTextAsync("403 ACCESS_SCOPE_INSUFFICIENT");
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("14-simulator-head"), FullPage = true });
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task The_export_lists_every_file_and_downloads_a_zip()
    {
        await BrowserSession.CreateProjectAsync(page, "export-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Export");

        await Expect(page.GetByTestId("export-files")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("export-file").Filter(new() { HasText = "Program.cs" }).First.ClickAsync();
        await Expect(page.GetByTestId("export-file-content")).ToContainTextAsync("UseApiRuntime");
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("12-export-preview") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-zip").ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(path);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        {
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/Program.cs", StringComparison.Ordinal));
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/api.json", StringComparison.Ordinal));
        }

        File.Delete(path);
        Assert.Empty(session.ConsoleErrors);
    }
}
