using Microsoft.Playwright;

namespace ApiStudio.Studio.E2E;

/// <summary>One running Studio and one headless Chromium, shared by every test in <see cref="StudioCollection"/>.</summary>
public sealed class StudioFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps dialling Google services, and every
    // refused connection on this closed network costs time and log noise.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    // A fresh store per run: tests see only the projects they create, and no run sees another's.
    private readonly string storeFolder = Path.Combine(Path.GetTempPath(), "studio-e2e-" + Guid.NewGuid().ToString("N"));
    private StudioServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public StudioServer Server => server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser would otherwise look like a green suite.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. Install it with `apt-get update && apt-get install -y chromium` " +
                "(Playwright's own browser download does not work offline).");
        }

        server = await StudioServer.StartAsync(Path.Combine(storeFolder, "studio.db"));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();

        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(storeFolder))
        {
            Directory.Delete(storeFolder, recursive: true);
        }
    }
}
