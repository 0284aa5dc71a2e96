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
    private DesignSteps design = null!;

    public async Task InitializeAsync()
    {
        session = await BrowserSession.StartAsync(studio);
        page = await session.NewPageAsync();
        design = new DesignSteps(page);
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
        await design.AddRolesAsync("member", "admin");
        await BrowserSession.OpenTabAsync(page, "Tables");
        await Expect(Problem("TABLE_NONE")).ToBeVisibleAsync();

        // A name the validator rejects is explained as it is typed.
        var newTable = page.GetByTestId("new-table-name");
        await newTable.PressSequentiallyAsync("order");
        await Expect(page.GetByTestId("new-table-error")).ToHaveTextAsync("Table name 'order' is a reserved SQL word.");
        await Expect(page.GetByTestId("add-table")).ToBeDisabledAsync();
        await newTable.FillAsync("");

        await design.AddTableAsync("customers");
        await design.AddColumnsAsync("name", "email");
        await Expect(Problem("SENSITIVE_COLUMN_UNMASKED")).ToBeVisibleAsync();

        await design.AddTableAsync("orders");
        await design.AddColumnsAsync("customerId", "amount");

        // A reference from a text column to a uuid key is an error the panel lists and leads to.
        await design.EditColumnAsync("customerId", async () => await design.ChooseAsync("column-references-input", "customers"));
        await Expect(Problem("COLUMN_REFERENCE_TYPE_MISMATCH")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("problem-count-error")).ToHaveAttributeAsync("title", "1 error");
        await SettleAnimationsAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("20-tables-problems-with-errors") });

        await page.GetByTestId("show-diagram").ClickAsync();
        await Problem("COLUMN_REFERENCE_TYPE_MISMATCH").ClickAsync();
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", "orders");
        await Expect(page.Locator("[data-testid=column-name][data-column=customerId].is-focused")).ToHaveCountAsync(1);

        await design.EditColumnAsync("customerId", async () => await design.ChooseAsync("column-type-input", "uuid"));
        await Expect(Problem("COLUMN_REFERENCE_TYPE_MISMATCH")).ToHaveCountAsync(0);
        await design.EditColumnAsync("amount", async () =>
        {
            await design.ChooseAsync("column-type-input", "real");
            await page.GetByTestId("column-nullable-input").ClickAsync();
        });
        await Expect(Problem("GUARD_REQUIRED_NOT_CREATEABLE")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("21-tables-columns") });

        await design.OpenTableTabAsync("guards");
        await design.TickGuardsAsync("guard-createable-customerId", "guard-createable-amount", "guard-updatable-customerId", "guard-updatable-amount");

        // Immutable and updatable exclude each other: ticking one unticks the other.
        await page.GetByTestId("guard-immutable-customerId").ClickAsync();
        await Expect(page.GetByTestId("guard-updatable-customerId")).ToHaveAttributeAsync("aria-checked", "false");
        await Expect(page.GetByTestId("guard-system-organizationId")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(Problem("GUARD_REQUIRED_NOT_CREATEABLE")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("22-tables-guards") });

        await design.OpenTableTabAsync("access");
        await design.AllowAsync("member+", "list", "get", "create", "update");
        await design.AllowAsync("admin", "delete");
        await page.GetByTestId("condition-update-add").ClickAsync();
        await design.ChooseAsync("condition-update-row-0-field", "amount");
        var value = page.GetByTestId("condition-update-row-0-value");
        await value.FillAsync("a lot");
        await value.PressAsync("Tab");
        var builder = page.GetByTestId("condition-update");
        await Expect(builder.Locator("[data-testid=diagnostic][data-code=CONDITION_TYPE_MISMATCH]").First)
            .ToContainTextAsync("'a lot' is a string but the column is real");
        await value.FillAsync("1000");
        await value.PressAsync("Tab");
        await design.ChooseAsync("condition-update-row-0-operator", "<  lessThan");
        await Expect(page.GetByTestId("condition-update-text")).ToHaveTextAsync("amount < 1000");
        await Expect(builder.Locator("[data-testid=diagnostic]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("23-tables-access") });

        await design.OpenTableTabAsync("firewall");
        await Expect(page.GetByTestId("firewall-detected")).ToContainTextAsync("organizationId detected by name");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("24-tables-firewall") });

        await design.OpenTableAsync("customers");
        await design.OpenTableTabAsync("masking");
        await page.GetByTestId("mask-suggest-email").ClickAsync();
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("p***@e******.com");
        await design.ChooseAsync("mask-roles-email", "admin");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("mask-sample-email").FillAsync("grace@navy.mil");
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("g****@n***.mil");
        await Expect(Problem("SENSITIVE_COLUMN_UNMASKED")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("25-tables-masking") });

        await design.OpenTableTabAsync("access");
        await design.AllowAsync("member+", "list", "get", "create", "update");
        await design.AllowAsync("admin", "delete");

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
        await design.OpenTableAsync("orders");
        await design.OpenTableTabAsync("columns");
        await Expect(design.RowOf("customerId")).ToContainTextAsync("→ customers");
        await design.OpenTableTabAsync("guards");
        await Expect(page.GetByTestId("guard-immutable-customerId")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByTestId("guard-updatable-amount")).ToHaveAttributeAsync("aria-checked", "true");
        await design.OpenTableTabAsync("access");
        await Expect(page.GetByTestId("access-update-member+")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByTestId("condition-update-text")).ToHaveTextAsync("amount < 1000");
        await design.OpenTableAsync("customers");
        await design.OpenTableTabAsync("masking");
        await Expect(page.GetByTestId("mask-example-email")).ToHaveTextAsync("p***@e******.com");
        Assert.Empty(session.ConsoleErrors);
    }

    /// <summary>Lets notifications finish fading so a screenshot shows the page at rest.</summary>
    private Task SettleAnimationsAsync() =>
        page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
}
