using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

[Collection(StudioCollection.Name)]
public sealed class ProjectEditingTests(StudioFixture studio) : IAsyncLifetime
{
    private BrowserSession session = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task A_changed_setting_shows_the_validator_message_and_once_saved_survives_a_reload()
    {
        await BrowserSession.CreateProjectAsync(page, "settings-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Settings");
        var basePath = page.GetByTestId("setting-basePath");
        await Expect(basePath).ToHaveValueAsync("/api/v1");

        await basePath.FillAsync("api v2");
        await basePath.PressAsync("Tab");
        var message = page.Locator("[data-testid=field-diagnostic][data-path='$.project.basePath']");
        await Expect(message).ToContainTextAsync("Base path 'api v2' is not a plain URL path.");
        await Expect(page.GetByTestId("unsaved-badge")).ToBeVisibleAsync();
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("03-settings-tab") });

        await basePath.FillAsync("/api/v2");
        await basePath.PressAsync("Tab");
        await Expect(message).ToHaveCountAsync(0);
        await page.GetByTestId("save-message").FillAsync("Move to v2");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");

        await page.ReloadAsync();
        await Expect(page.GetByTestId("project-title")).ToHaveTextAsync("settings-demo", new() { Timeout = 30_000 });
        await BrowserSession.OpenTabAsync(page, "Settings");
        await Expect(page.GetByTestId("setting-basePath")).ToHaveValueAsync("/api/v2");
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Undo_and_redo_walk_the_edits_from_buttons_and_keyboard()
    {
        await BrowserSession.CreateProjectAsync(page, "undo-demo");
        await BrowserSession.OpenTabAsync(page, "Settings");
        var batch = page.GetByTestId("setting-maxBatchSize");
        await batch.FillAsync("250");
        await batch.PressAsync("Tab");
        await Expect(page.GetByTestId("unsaved-badge")).ToBeVisibleAsync();

        await page.GetByTestId("undo").ClickAsync();
        await Expect(batch).ToHaveValueAsync("100");
        await Expect(page.GetByTestId("saved-badge")).ToBeVisibleAsync();

        // Focus outside any text box, so Ctrl+Y means redo of the design rather than of typing.
        await page.GetByTestId("project-title").ClickAsync();
        await page.Keyboard.PressAsync("Control+y");
        await Expect(batch).ToHaveValueAsync("250");
        await page.Keyboard.PressAsync("Control+z");
        await Expect(batch).ToHaveValueAsync("100");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Saving_in_a_second_tab_after_the_first_saved_offers_reload_or_save_anyway()
    {
        await BrowserSession.CreateProjectAsync(page, "conflict-demo");
        var second = await session.NewPageAsync();
        await second.GotoAsync(page.Url);
        await Expect(second.GetByTestId("project-title")).ToHaveTextAsync("conflict-demo", new() { Timeout = 30_000 });

        await BrowserSession.OpenTabAsync(page, "Settings");
        await page.GetByTestId("setting-basePath").FillAsync("/first");
        await page.GetByTestId("setting-basePath").PressAsync("Tab");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");

        await BrowserSession.OpenTabAsync(second, "Settings");
        await second.GetByTestId("setting-description").FillAsync("Edited in the second tab");
        await second.GetByTestId("setting-description").PressAsync("Tab");
        await second.GetByTestId("save").ClickAsync();

        var conflict = second.GetByTestId("save-conflict");
        await Expect(conflict).ToContainTextAsync("Someone saved revision 2");
        await Expect(second.GetByTestId("conflict-reload")).ToHaveTextAsync("Reload (lose my edits)");
        await Expect(second.GetByTestId("conflict-save-anyway")).ToHaveTextAsync("Save as new revision anyway");
        await second.ScreenshotAsync(new() { Path = Screenshots.PathFor("04-save-conflict") });

        await second.GetByTestId("conflict-save-anyway").ClickAsync();
        await Expect(second.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 3");

        // The first tab is now behind: its next save conflicts, and Reload brings the second tab's version.
        await page.GetByTestId("setting-basePath").FillAsync("/first-again");
        await page.GetByTestId("setting-basePath").PressAsync("Tab");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("conflict-reload").ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 3");
        await Expect(page.GetByTestId("setting-description")).ToHaveValueAsync("Edited in the second tab");
        await Expect(page.GetByTestId("setting-basePath")).ToHaveValueAsync("/api/v1");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Roles_are_added_validated_as_typed_and_ordered_in_the_hierarchy()
    {
        await BrowserSession.CreateProjectAsync(page, "roles-demo");
        await BrowserSession.OpenTabAsync(page, "Roles");

        foreach (var (name, description) in new[] { ("member", "Reads and writes own records."), ("owner", "Owns the organization."), ("admin", "Manages members.") })
        {
            await page.GetByTestId("new-role-name").FillAsync(name);
            await page.GetByTestId("new-role-description").FillAsync(description);
            await page.GetByTestId("new-role-description").PressAsync("Enter");
            await Expect(page.Locator($"[data-testid=role-row][data-role={name}]")).ToBeVisibleAsync();
        }

        await page.GetByLabel("Move admin lower").ClickAsync();
        await Expect(page.GetByTestId("role-row")).ToHaveCountAsync(3);
        var order = await page.Locator("[data-testid=role-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.role)");
        Assert.Equal(["member", "admin", "owner"], order);

        await page.GetByTestId("new-role-name").PressSequentiallyAsync("bad role");
        await Expect(page.GetByTestId("new-role-error")).ToContainTextAsync("starting with a letter");
        await Expect(page.GetByTestId("add-role")).ToBeDisabledAsync();
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("05-roles-tab") });
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task History_compares_two_revisions_and_restores_one_as_a_new_revision()
    {
        await BrowserSession.CreateProjectAsync(page, "history-demo", sample: "crm");
        await BrowserSession.OpenTabAsync(page, "Settings");
        await page.GetByTestId("setting-basePath").FillAsync("/crm/v2");
        await page.GetByTestId("setting-basePath").PressAsync("Tab");
        await page.GetByTestId("setting-maxBatchSize").FillAsync("50");
        await page.GetByTestId("setting-maxBatchSize").PressAsync("Tab");
        await page.GetByTestId("save-message").FillAsync("Version 2 of the API");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");

        await BrowserSession.OpenTabAsync(page, "History");
        await Expect(page.GetByTestId("revision-message")).ToHaveTextAsync(["Version 2 of the API", "Created from sample crm"]);
        await page.GetByTestId("compare").ClickAsync();

        var diff = page.GetByTestId("diff-view");
        await Expect(diff.Locator("[data-kind=Added]")).ToContainTextAsync(["\"basePath\": \"/crm/v2\"", "\"maxBatchSize\": 50"]);
        await Expect(page.GetByTestId("diff-summary")).ToHaveTextAsync("2 added, 0 removed");
        await Expect(page.GetByTestId("viewer-title")).ToHaveTextAsync("Revision 1 → Revision 2");
        await BrowserSession.SettleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("06-history-compare") });

        await page.GetByLabel("Restore revision 1").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 3");
        await Expect(page.GetByTestId("revision-message").First).ToHaveTextAsync("Restored revision 1");
        await BrowserSession.OpenTabAsync(page, "Settings");
        await Expect(page.GetByTestId("setting-basePath")).ToHaveValueAsync("/api/v1");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Leaving_with_unsaved_edits_asks_first_and_staying_keeps_them()
    {
        await BrowserSession.CreateProjectAsync(page, "leave-demo");
        await BrowserSession.OpenTabAsync(page, "Settings");
        await page.GetByTestId("setting-basePath").FillAsync("/kept");
        await page.GetByTestId("setting-basePath").PressAsync("Tab");

        await page.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).First.ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToContainTextAsync("Your edits are not saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("setting-basePath")).ToHaveValueAsync("/kept");
        await Expect(page.GetByTestId("unsaved-badge")).ToBeVisibleAsync();
        Assert.Contains("/projects/", page.Url);
        Assert.Empty(session.ConsoleErrors);
    }
}
