using System.IO.Compression;
using System.Text.Json.Nodes;
using ApiStudio.Export.E2E;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

/// <summary>
/// The whole promise in one pass: design a small API in the browser, simulate a 401, a 403 and a 400 and read
/// why, download the project, build and run it, and get the same 403 from the real API over HTTP.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class DesignSimulateShipTests(StudioFixture studio) : IAsyncLifetime
{
    private const string NotesPath = "/api/v1/notes";

    private readonly string workFolder = Directory.CreateTempSubdirectory("studio-e2e-ship-").FullName;
    private BrowserSession session = null!;
    private IPage page = null!;
    private DesignSteps design = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
        design = new DesignSteps(page);
    }

    public async Task DisposeAsync()
    {
        await session.DisposeAsync();
        Directory.Delete(workFolder, recursive: true);
    }

    [Fact]
    public async Task A_designed_api_denies_in_the_simulator_exactly_as_its_built_export_does_over_http()
    {
        try
        {
            await DesignNotesAsync();
            await OpenSimulatorAsync();

            await SendAsync("Anonymous (no credentials)", "GET", NotesPath, body: null);
            await ExpectDenialAsync(401, "authentication", "AUTH_MISSING");
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("30-ship-simulated-401"), FullPage = true });

            await SendAsync("member in A (member@a.sandbox)", "POST", NotesPath, """{"title":"Ship it"}""");
            var simulated403 = await ExpectDenialAsync(403, "access", "ACCESS_ROLE_REQUIRED");
            await Expect(Denial).ToContainTextAsync("'member'");
            await Expect(Denial).ToContainTextAsync("admin");
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("31-ship-simulated-403"), FullPage = true });

            await SendAsync("admin in A (admin@a.sandbox)", "POST", NotesPath, """{"title":"Ship it","organizationId":"00000000-0000-0000-0000-000000000001"}""");
            await ExpectDenialAsync(400, "guards", "GUARD_SYSTEM_MANAGED");
            await Expect(Denial).ToContainTextAsync("organizationId");
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("32-ship-simulated-400"), FullPage = true });
            Assert.Empty(session.ConsoleErrors);

            var exported = await DownloadBuildAndStartAsync();
            await using var app = exported.App;
            var accounts = new Accounts(app, "/api/v1");
            var (orgId, owner) = await accounts.OrganizationAsync("ship");
            var member = await accounts.MemberAsync(orgId, owner, "member");

            using var response = await member.PostRawAsync("/notes", """{"title":"Ship it"}""");
            var overHttp = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.Equal(403, (int)response.StatusCode);
            Assert.True(JsonNode.DeepEquals(WithoutRequestId(simulated403), WithoutRequestId(overHttp)),
                $"The exported API's 403 differs from the simulator's.\nsimulated: {simulated403}\nover HTTP: {overHttp}");

            // The record the simulator let the admin create is created by the exported API too.
            using var created = await owner.PostRawAsync("/notes", """{"title":"Ship it"}""");
            Assert.Equal(201, (int)created.StatusCode);
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("ship-flow-failure"), FullPage = true });
            throw;
        }
    }

    private ILocator Denial => page.Locator("[data-testid=trace-step][data-outcome=Failed]");

    /// <summary>Roles member and admin; a notes table whose title members may read and edit but only admins create.</summary>
    private async Task DesignNotesAsync()
    {
        await BrowserSession.CreateProjectAsync(page, "notes-ship");
        await design.AddRolesAsync("member", "admin");
        await BrowserSession.OpenTabAsync(page, "Tables");
        await design.AddTableAsync("notes");
        await design.AddColumnsAsync("title");
        await design.OpenTableTabAsync("guards");
        await design.TickGuardsAsync("guard-createable-title", "guard-updatable-title");
        await design.OpenTableTabAsync("access");
        await design.AllowAsync("member+", "list", "get", "update");
        await design.AllowAsync("admin", "create", "delete");
        await Expect(page.GetByTestId("problems-empty")).ToContainTextAsync("No problems: the design is valid.");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");
    }

    private async Task OpenSimulatorAsync()
    {
        await BrowserSession.OpenTabAsync(page, "Simulator");
        await Expect(page.GetByTestId("send")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private async Task SendAsync(string persona, string method, string path, string? body)
    {
        await page.GetByTestId("persona").ClickAsync();
        await page.GetByLabel(persona, new() { Exact = true }).ClickAsync();
        await design.ChooseAsync("method", method);
        await page.GetByTestId("path").Locator("input").FillAsync(path);
        await page.GetByTestId("body").FillAsync(body ?? "");
        await page.GetByTestId("send").ClickAsync();
    }

    /// <summary>Waits for the response, checks that the trace's failed step names the layer, and returns the body.</summary>
    private async Task<JsonObject> ExpectDenialAsync(int status, string layer, string code)
    {
        await Expect(page.GetByTestId("response-status").First).ToHaveTextAsync(status.ToString());
        await Expect(Denial).ToHaveCountAsync(1);
        await Expect(Denial).ToContainTextAsync(layer);
        await Expect(page.GetByTestId("trace-fix")).ToBeVisibleAsync();
        var body = JsonNode.Parse(await page.GetByTestId("response-body").First.InnerTextAsync())!.AsObject();
        Assert.Equal(code, body["code"]?.GetValue<string>());
        Assert.Equal(layer, body["layer"]?.GetValue<string>());
        await BrowserSession.SettleAsync(page);
        return body;
    }

    /// <summary>Downloads the zip from the Export tab, unpacks it, builds it as its README says, and starts it on SQLite.</summary>
    private async Task<(ExportedApp App, string Folder)> DownloadBuildAndStartAsync()
    {
        await BrowserSession.OpenTabAsync(page, "Export");
        await Expect(page.GetByTestId("export-files")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-zip").ClickAsync());
        var zipPath = Path.Combine(workFolder, download.SuggestedFilename);
        await download.SaveAsAsync(zipPath);

        var unpacked = Path.Combine(workFolder, "unpacked");
        ZipFile.ExtractToDirectory(zipPath, unpacked);
        var project = Directory.GetFiles(unpacked, "*.csproj", SearchOption.AllDirectories).Single();
        var folder = Path.GetDirectoryName(project)!;
        var assembly = await ProjectBuild.BuildAsync(folder, Path.GetFileNameWithoutExtension(project));
        var app = await ExportedApp.StartAsync(assembly, folder, "sqlite", $"Data Source={Path.Combine(workFolder, "notes.db")}");
        return (app, folder);
    }

    private static JsonObject WithoutRequestId(JsonObject body)
    {
        var copy = body.DeepClone().AsObject();
        copy["request"]?.AsObject().Remove("requestId");
        return copy;
    }
}
