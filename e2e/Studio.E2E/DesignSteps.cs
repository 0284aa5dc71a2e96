using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApiStudio.Studio.E2E;

/// <summary>What a user does in the editor to design an API, one step per gesture, each waiting for the page to show it took.</summary>
public sealed class DesignSteps(IPage page)
{
    /// <summary>Adds roles in the Roles tab, lowest first.</summary>
    public async Task AddRolesAsync(params string[] roles)
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

    public async Task AddTableAsync(string name)
    {
        await page.GetByTestId("new-table-name").FillAsync(name);
        await page.GetByTestId("new-table-name").PressAsync("Enter");
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", name);
    }

    public async Task OpenTableAsync(string table)
    {
        await page.Locator($"[data-testid=table-item][data-table={table}]").ClickAsync();
        await Expect(page.GetByTestId("table-editor")).ToHaveAttributeAsync("data-table", table);
    }

    public async Task OpenTableTabAsync(string tab)
    {
        var title = page.GetByTestId($"tab-{tab}");
        await title.ClickAsync();
        await Expect(title).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>Types the names one after the other: Enter saves a new column and starts the next, Escape ends.</summary>
    public async Task AddColumnsAsync(params string[] names)
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

    public ILocator RowOf(string column) =>
        page.GetByTestId("columns-grid").Locator("tr").Filter(new() { Has = page.Locator($"[data-testid=column-name][data-column={column}]") });

    public async Task EditColumnAsync(string column, Func<Task> edit)
    {
        await RowOf(column).GetByTestId("edit-column").ClickAsync();
        await Expect(page.GetByTestId("column-name-input")).ToBeVisibleAsync();
        await edit();
        await page.GetByTestId("save-column").ClickAsync();
        await Expect(page.GetByTestId("column-name-input")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a Radzen drop-down and picks an option by its text.</summary>
    public async Task ChooseAsync(string testId, string option)
    {
        var dropDown = page.GetByTestId(testId);
        await dropDown.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(dropDown).ToContainTextAsync(option.Trim());
    }

    /// <summary>Ticks the access boxes of <paramref name="role"/> for the operations in the open table's Access tab.</summary>
    public async Task AllowAsync(string role, params string[] operations)
    {
        foreach (var operation in operations)
        {
            var box = page.GetByTestId($"access-{operation}-{role}");
            await box.ClickAsync();
            await Expect(box).ToHaveAttributeAsync("aria-checked", "true");
        }
    }

    /// <summary>Ticks guard boxes in the open table's Guards tab, such as <c>guard-createable-title</c>.</summary>
    public async Task TickGuardsAsync(params string[] testIds)
    {
        foreach (var testId in testIds)
        {
            var box = page.GetByTestId(testId);
            await box.ClickAsync();
            await Expect(box).ToHaveAttributeAsync("aria-checked", "true");
        }
    }
}
