using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class TablesWorkspaceTests : DesignerContext
{
    [Fact]
    public void Without_a_selected_table_the_diagram_shows_and_the_list_names_every_table()
    {
        var cut = Render<TablesWorkspace>();

        Assert.Equal(["companies", "contacts", "deals", "notes"], cut.FindAll("[data-testid=table-item]").Select(i => i.GetAttribute("data-table")));
        Assert.NotNull(cut.Find("[data-testid=relationship-diagram]"));
        Assert.Empty(cut.FindAll("[data-testid=table-editor]"));
    }

    [Fact]
    public void Clicking_a_table_opens_its_editor()
    {
        var cut = Render<TablesWorkspace>();

        cut.Find("[data-testid=table-item][data-table=deals]").Click();

        Assert.Equal("deals", Location.TableName);
        Assert.Equal("deals", cut.Find("[data-testid=table-editor]").GetAttribute("data-table"));
    }

    [Theory]
    [InlineData("1deals", "Table name '1deals' is not a valid identifier.")]
    [InlineData("Deals", "Table 'Deals' clashes with 'deals': names differ only in case.")]
    [InlineData("select", "Table name 'select' is a reserved SQL word.")]
    [InlineData("auth", "'auth' is served by the runtime itself (/api/v1/auth).")]
    public void Typing_a_bad_table_name_shows_the_validators_message_and_disables_add(string name, string message)
    {
        var cut = Render<TablesWorkspace>();

        cut.Find("input[data-testid=new-table-name]").Input(name);

        Assert.Equal(message, cut.Find("[data-testid=new-table-error]").TextContent.Trim());
        Assert.True(cut.Find("button[data-testid=add-table]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_new_table_starts_with_a_uuid_key_and_an_organization_column_and_validates()
    {
        var cut = Render<TablesWorkspace>();

        cut.Find("input[data-testid=new-table-name]").Input("invoices");
        Assert.Empty(cut.FindAll("[data-testid=new-table-error]"));
        cut.Find("input[data-testid=new-table-name]").KeyDown("Enter");

        var table = TableNamed("invoices");
        Assert.Equal(["id", "organizationId"], table.Columns.Select(c => c.Name));
        Assert.True(table.Columns[0].PrimaryKey);
        Assert.All(table.Columns, c => Assert.Equal(ColumnType.Uuid, c.Type));
        Assert.DoesNotContain(Editor.Diagnostics, d => d.IsError);
        Assert.Equal("Add table invoices", Editor.UndoDescription);
        Assert.Equal(("invoices", TableTab.Columns), (Location.TableName, Location.TableTab));
        Assert.Equal("invoices", cut.Find("[data-testid=table-editor]").GetAttribute("data-table"));
    }

    [Fact]
    public void Renaming_a_table_carries_the_references_to_it_and_records_a_rename_hint()
    {
        Open("companies", TableTab.Columns);
        var cut = Render<TablesWorkspace>();

        cut.Find("[data-testid=rename-table]").Click();
        cut.Find("input[data-testid=rename-table-name]").Input("accounts");
        cut.Find("input[data-testid=rename-table-name]").KeyDown("Enter");

        Assert.Null(Editor.Definition.FindTable("companies"));
        Assert.Equal("accounts", TableNamed("contacts").FindColumn("companyId")!.References);
        Assert.Contains(Editor.Definition.Renames, h => h is { Kind: RenameKind.Table, From: "companies", To: "accounts" });
        Assert.Equal("accounts", Location.TableName);
        Assert.DoesNotContain(Editor.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Renaming_to_a_taken_name_shows_the_validators_message()
    {
        Open("companies", TableTab.Columns);
        var cut = Render<TablesWorkspace>();

        cut.Find("[data-testid=rename-table]").Click();
        cut.Find("input[data-testid=rename-table-name]").Input("deals");

        Assert.Equal("Table 'deals' is defined twice.", cut.Find("[data-testid=rename-table-error]").TextContent.Trim());
        Assert.True(cut.Find("button[data-testid=rename-table-ok]").HasAttribute("disabled"));
    }

    [Fact]
    public void Deleting_a_table_asks_first_and_then_removes_it_and_the_references_to_it()
    {
        var dialogs = Render<RadzenDialog>();
        Open("deals", TableTab.Columns);
        var cut = Render<TablesWorkspace>();

        cut.Find("[data-testid=delete-table]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("notes.dealId will no longer reference it", dialogs.Markup));
        Assert.NotNull(Editor.Definition.FindTable("deals"));

        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Null(Editor.Definition.FindTable("deals")));
        Assert.Null(TableNamed("notes").FindColumn("dealId")!.References);
        Assert.Null(Location.TableName);
        Assert.DoesNotContain(Editor.Diagnostics, d => d.Code == DiagnosticCodes.ColumnReferenceUnknownTable);
    }

    [Fact]
    public void Cancelling_the_delete_keeps_the_table()
    {
        var dialogs = Render<RadzenDialog>();
        Open("deals", TableTab.Columns);
        var cut = Render<TablesWorkspace>();

        cut.Find("[data-testid=delete-table]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("button")));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.NotNull(Editor.Definition.FindTable("deals"));
        Assert.False(Editor.CanUndo);
    }

    [Fact]
    public void Undoing_the_creation_of_the_open_table_falls_back_to_the_diagram()
    {
        var cut = Render<TablesWorkspace>();
        cut.Find("input[data-testid=new-table-name]").Input("invoices");
        cut.Find("input[data-testid=new-table-name]").KeyDown("Enter");

        Editor.Undo();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=missing-table]")));
        Assert.NotNull(cut.Find("[data-testid=relationship-diagram]"));
    }

    [Fact]
    public void The_table_tabs_follow_the_editor_location()
    {
        Open("deals", TableTab.Columns);
        var cut = Render<TablesWorkspace>();

        Open("deals", TableTab.Firewall);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=firewall-tab]")));
        cut.Find("[data-testid=tab-guards]").Click();
        Assert.Equal(TableTab.Guards, Location.TableTab);
        Assert.NotNull(cut.Find("[data-testid=guards-tab]"));
    }

    [Fact]
    public void A_tab_with_errors_shows_their_count()
    {
        Editor.ApplyToTable("deals", "break", t => t with { Guards = t.Guards with { Updatable = [.. t.Guards.Updatable, "contactId"] } });
        Open("deals", TableTab.Columns);

        var cut = Render<TablesWorkspace>();

        Assert.Equal("1", cut.Find("[data-testid=tab-guards] .rz-badge").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=tab-columns] .rz-badge"));
    }
}
