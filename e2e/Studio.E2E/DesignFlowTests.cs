using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

/// <summary>
/// Designs an API from an empty project in the tables workspace: two related tables, roles, access,
/// guards and masking, with the problems panel going from errors to clean, then reloads and finds it all saved.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class DesignFlowTests(StudioFixture studio) : IAsyncLifetime
{
    private BrowserSession session = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    private ILocator Problems => page.GetByTestId("problems-panel");

    private ILocator Problem(string code) => Problems.Locator($"[data-testid=problem-item][data-code={code}]");

    [Fact]
    public async Task Two_related_tables_designed_from_scratch_validate_and_survive_a_reload()
    {
        try
        {
            await DesignAsync();
        }
        catch
        {
            // The page as it was when a step failed tells more than the locator in the message.
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("tables-design-flow-failure") });
            throw;
        }
    }

    private async Task DesignAsync()
    {
        await BrowserSession.CreateProjectAsync(page, "shop-design");
        await AddRolesAsync("member", "admin");
        await BrowserSession.OpenTabAsync(page, "Tables");
        await Expect(Problem("TABLE_NONE")).ToBeVisibleAsync();

        // A name the validator rejects is explained as it is typed.
        var newTable = page.GetByTestId("new-table-name");
        await newTable.PressSequentiallyAsync("order");
        await Expect(page.GetByTestId("new-table-error")).ToHaveTextAsync("Table name 'order' is a reserved SQL word.");
        await Expect(page.GetByTestId("add-table")).ToBeDisabledAsync();
        await newTable.FillAsync("");

        await AddTableAsync("customers");
        await AddColumnsAsync("name", "email");
        await Expect(Problem("SENSITIVE_COLUMN_UNMASKED")).ToBeVisibleAsync();

        await AddTableAsync("orders");
        await AddColumnsAsync("customerId", "amount");

        // A reference from a text column to a uuid key is an error the panel lists and leads to.
        await EditColumnAsync("customerId", async () => await ChooseAsync("column-references-input", "customers"));
        await Expect(Problem("COLUMN_REFERENCE_TYPE_MISMATCH")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("problem-count-error")).ToHaveAttributeAsync("title", "1 error");
        await SettleAnimationsAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("20-tables-problems-with-errors") });

        await page.GetByTestId("show-diagram").ClickAsync();
        await Problem("COLUMN_REFERENCE_TYPE_MISMATCH").ClickAsync();
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", "orders");
        await Expect(page.Locator("[data-testid=column-name][data-column=customerId].is-focused")).ToHaveCountAsync(1);

        await EditColumnAsync("customerId", async () => await ChooseAsync("column-type-input", "uuid"));
        await Expect(Problem("COLUMN_REFERENCE_TYPE_MISMATCH")).ToHaveCountAsync(0);
        await EditColumnAsync("amount", async () =>
        {
            await ChooseAsync("column-type-input", "real");
            await page.GetByTestId("column-nullable-input").ClickAsync();
        });
        await Expect(Problem("GUARD_REQUIRED_NOT_CREATEABLE")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("21-tables-columns") });

        await OpenTableTabAsync("guards");
        foreach (var box in new[] { "guard-createable-customerId", "guard-createable-amount", "guard-updatable-customerId", "guard-updatable-amount" })
        {
            await page.GetByTestId(box).ClickAsync();
        }

        // Immutable and updatable exclude each other: ticking one unticks the other.
        await page.GetByTestId("guard-immutable-customerId").ClickAsync();
        await Expect(page.GetByTestId("guard-updatable-customerId")).ToHaveAttributeAsync("aria-checked", "false");
        await Expect(page.GetByTestId("guard-system-organizationId")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(Problem("GUARD_REQUIRED_NOT_CREATEABLE")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("22-tables-guards") });

        await OpenTableTabAsync("access");
        await AllowAsync("member+", "list", "get", "create", "update");
        await AllowAsync("admin", "delete");
        await page.GetByTestId("condition-update-add").ClickAsync();
        await ChooseAsync("condition-update-row-0-field", "amount");
        var value = page.GetByTestId("condition-update-row-0-value");
        await value.FillAsync("a lot");
        await value.PressAsync("Tab");
        var builder = page.GetByTestId("condition-update");
        await Expect(builder.Locator("[data-testid=diagnostic][data-code=CONDITION_TYPE_MISMATCH]").First)
            .ToContainTextAsync("'a lot' is a string but the column is real");
        await value.FillAsync("1000");
        await value.PressAsync("Tab");
        await ChooseAsync("condition-update-row-0-operator", "<  lessThan");
        await Expect(page.GetByTestId("condition-update-text")).ToHaveTextAsync("amount < 1000");
        await Expect(builder.Locator("[data-testid=diagnostic]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("23-tables-access") });

        await OpenTableTabAsync("firewall");
        await Expect(page.GetByTestId("firewall-detected")).ToContainTextAsync("organizationId detected by name");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("24-tables-firewall") });

        await OpenTableAsync("customers");
        await OpenTableTabAsync("masking");
        await page.GetByTestId("mask-suggest-email").ClickAsync();
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("p***@e******.com");
        await ChooseAsync("mask-roles-email", "admin");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("mask-sample-email").FillAsync("grace@navy.mil");
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("g****@n***.mil");
        await Expect(Problem("SENSITIVE_COLUMN_UNMASKED")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("25-tables-masking") });

        await OpenTableTabAsync("access");
        await AllowAsync("member+", "list", "get", "create", "update");
        await AllowAsync("admin", "delete");

        await Expect(page.GetByTestId("problems-empty")).ToContainTextAsync("No problems: the design is valid.");
        await page.GetByTestId("show-diagram").ClickAsync();
        await Expect(page.GetByTestId("diagram-box")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=diagram-edge][data-from='orders.customerId'][data-to=customers]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("26-tables-diagram-clean") });

        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("saved-badge")).ToHaveTextAsync("Saved · revision 2");

        await page.ReloadAsync();
        await Expect(page.GetByTestId("project-title")).ToHaveTextAsync("shop-design", new() { Timeout = 30_000 });
        await BrowserSession.OpenTabAsync(page, "Tables");
        await Expect(page.GetByTestId("table-item")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("problems-empty")).ToBeVisibleAsync();
        await OpenTableAsync("orders");
        await OpenTableTabAsync("columns");
        await Expect(RowOf("customerId")).ToContainTextAsync("→ customers");
        await OpenTableTabAsync("guards");
        await Expect(page.GetByTestId("guard-immutable-customerId")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByTestId("guard-updatable-amount")).ToHaveAttributeAsync("aria-checked", "true");
        await OpenTableTabAsync("access");
        await Expect(page.GetByTestId("access-update-member+")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByTestId("condition-update-text")).ToHaveTextAsync("amount < 1000");
        await OpenTableAsync("customers");
        await OpenTableTabAsync("masking");
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("p***@e******.com");
        Assert.Empty(session.ConsoleErrors);
    }

    /// <summary>Lets notifications finish fading so a screenshot shows the page at rest.</summary>
    private Task SettleAnimationsAsync() =>
        page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");

    private async Task OpenTableAsync(string table)
    {
        await page.Locator($"[data-testid=table-item][data-table={table}]").ClickAsync();
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", table);
    }

    private async Task OpenTableTabAsync(string tab)
    {
        var title = page.GetByTestId($"tab-{tab}");
        await title.ClickAsync();
        await Expect(title).ToHaveAttributeAsync("aria-selected", "true");
    }

    private async Task AddRolesAsync(params string[] roles)
    {
        await BrowserSession.OpenTabAsync(page, "Roles");
        foreach (var role in roles)
        {
            await page.GetByTestId("new-role-name").FillAsync(role);
            await page.GetByTestId("new-role-description").FillAsync($"The {role} role.");
            await page.GetByTestId("new-role-description").PressAsync("Enter");
            await Expect(page.Locator($"[data-testid=role-row][data-role={role}]")).ToBeVisibleAsync();
        }
    }

    private async Task AddTableAsync(string name)
    {
        await page.GetByTestId("new-table-name").FillAsync(name);
        await page.GetByTestId("new-table-name").PressAsync("Enter");
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", name);
    }

    /// <summary>Types the names one after the other: Enter saves a new column and starts the next, Escape ends.</summary>
    private async Task AddColumnsAsync(params string[] names)
    {
        await page.GetByTestId("add-column").ClickAsync();
        foreach (var name in names)
        {
            var box = page.GetByTestId("column-name-input");
            await Expect(box).ToBeFocusedAsync();
            await box.PressSequentiallyAsync(name);
            await box.PressAsync("Enter");
            await Expect(RowOf(name)).ToBeVisibleAsync();
        }

        await page.GetByTestId("column-name-input").PressAsync("Escape");
        await Expect(page.GetByTestId("column-name-input")).ToHaveCountAsync(0);
    }

    private ILocator RowOf(string column) =>
        page.GetByTestId("columns-grid").Locator("tr").Filter(new() { Has = page.Locator($"[data-testid=column-name][data-column={column}]") });

    private async Task EditColumnAsync(string column, Func<Task> edit)
    {
        await RowOf(column).GetByTestId("edit-column").ClickAsync();
        await Expect(page.GetByTestId("column-name-input")).ToBeVisibleAsync();
        await edit();
        await page.GetByTestId("save-column").ClickAsync();
        await Expect(page.GetByTestId("column-name-input")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a Radzen drop-down and picks an option by its text.</summary>
    private async Task ChooseAsync(string testId, string option)
    {
        var dropDown = page.GetByTestId(testId);
        await dropDown.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(dropDown).ToContainTextAsync(option.Trim());
    }

    private async Task AllowAsync(string role, params string[] operations)
    {
        foreach (var operation in operations)
        {
            var box = page.GetByTestId($"access-{operation}-{role}");
            await box.ClickAsync();
            await Expect(box).ToHaveAttributeAsync("aria-checked", "true");
        }
    }
}
