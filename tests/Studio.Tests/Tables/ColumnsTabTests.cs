using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class ColumnsTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenColumns(string table)
    {
        Open(table, TableTab.Columns);
        return Render<TablesWorkspace>();
    }

    private static void AddColumn(IRenderedComponent<TablesWorkspace> cut, string name)
    {
        cut.Find("[data-testid=add-column]").Click();
        cut.WaitForElement("input[data-testid=column-name-input]").Input(name);
        cut.Find("input[data-testid=column-name-input]").KeyDown("Enter");
    }

    [Fact]
    public void The_audit_columns_the_runtime_adds_are_listed_read_only_and_marked_system()
    {
        var cut = OpenColumns("contacts");

        var system = cut.FindAll("tr[data-system=true] [data-testid=column-name]").Select(c => c.GetAttribute("data-column")).ToList();
        Assert.Equal(["createdAt", "createdBy", "modifiedAt", "modifiedBy", "deletedAt", "deletedBy"], system);
        Assert.All(cut.FindAll("tr[data-system=true]"), row =>
        {
            Assert.NotNull(row.QuerySelector("[data-testid=system-badge]"));
            Assert.Null(row.QuerySelector("[data-testid=edit-column]"));
        });
    }

    [Fact]
    public void Adding_a_column_offers_it_in_the_guards_matrix()
    {
        var cut = OpenColumns("deals");

        AddColumn(cut, "probability");

        cut.WaitForAssertion(() => Assert.NotNull(TableNamed("deals").FindColumn("probability")));
        Assert.Equal("Add column probability to deals", Editor.UndoDescription);
        Open("deals", TableTab.Guards);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=guard-row][data-field=probability]")));
        Assert.NotNull(cut.Find("[data-testid=guard-createable-probability]"));
    }

    [Fact]
    public void Enter_on_a_new_column_saves_it_and_starts_the_next_one()
    {
        var cut = OpenColumns("deals");

        AddColumn(cut, "probability");

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("input[data-testid=column-name-input]").GetAttribute("value") ?? ""));
        AddNextColumnName(cut, "closedAt");
        cut.WaitForAssertion(() => Assert.NotNull(TableNamed("deals").FindColumn("closedAt")));
    }

    private static void AddNextColumnName(IRenderedComponent<TablesWorkspace> cut, string name)
    {
        cut.Find("input[data-testid=column-name-input]").Input(name);
        cut.Find("input[data-testid=column-name-input]").KeyDown("Enter");
    }

    [Fact]
    public void Escape_cancels_the_edit_without_changing_the_design()
    {
        var cut = OpenColumns("deals");
        cut.Find("[data-testid=add-column]").Click();
        cut.WaitForElement("input[data-testid=column-name-input]").Input("probability");

        cut.Find("input[data-testid=column-name-input]").KeyDown("Escape");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("input[data-testid=column-name-input]")));
        Assert.Null(TableNamed("deals").FindColumn("probability"));
        Assert.False(Editor.CanUndo);
    }

    [Fact]
    public void The_row_being_edited_is_checked_by_the_validator_as_typed()
    {
        var cut = OpenColumns("deals");
        cut.Find("[data-testid=add-column]").Click();

        cut.WaitForElement("input[data-testid=column-name-input]").Input("limit");

        var problem = cut.Find($"[data-testid=draft-problem][data-code={DiagnosticCodes.ColumnNameClashesQuery}]");
        Assert.Contains("A column named 'limit' could not be filtered", problem.TextContent);

        cut.Find("input[data-testid=column-name-input]").Input("limitAmount");
        Assert.Empty(cut.FindAll("[data-testid=draft-problem]"));
        Assert.Contains("The column is valid.", cut.Find("[data-testid=column-draft-check]").TextContent);
    }

    [Fact]
    public void Renaming_a_column_renames_it_in_the_rules_that_use_it()
    {
        var cut = OpenColumns("deals");
        var titleRow = cut.FindAll("tr").First(r => r.QuerySelector("[data-testid=column-name][data-column=title]") is not null);
        titleRow.QuerySelector("[data-testid=edit-column]")!.Click();

        cut.WaitForElement("input[data-testid=column-name-input]").Input("headline");
        cut.Find("input[data-testid=column-name-input]").KeyDown("Enter");

        cut.WaitForAssertion(() => Assert.NotNull(TableNamed("deals").FindColumn("headline")));
        var deals = TableNamed("deals");
        Assert.Contains("headline", deals.Guards.Createable);
        Assert.Contains("headline", deals.Views[0].Fields);
        Assert.Contains(Editor.Definition.Renames, h => h is { Kind: RenameKind.Column, Table: "deals", From: "title", To: "headline" });
        Assert.DoesNotContain(Editor.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_column_with_a_problem_shows_the_validators_diagnostic_in_its_row()
    {
        Editor.ApplyToTable("deals", "break", t => t with
        {
            Columns = t.Columns.Select(c => c.Name == "title" ? c with { Type = ColumnType.Integer } : c).ToList(),
        });

        var cut = OpenColumns("deals");

        var title = cut.Find("[data-testid=column-name][data-column=title]");
        var icon = title.QuerySelector($"[data-testid=diagnostic][data-code={DiagnosticCodes.ColumnMaxLengthInvalid}]");
        Assert.NotNull(icon);
        Assert.Equal("Only text columns have a maximum length.", icon.GetAttribute("aria-label"));
    }

    [Fact]
    public void Deleting_a_column_drops_it_from_the_guard_lists_and_views()
    {
        var cut = OpenColumns("deals");
        var amountRow = cut.FindAll("tr").First(r => r.QuerySelector("[data-testid=column-name][data-column=amount]") is not null);

        amountRow.QuerySelector("[data-testid=delete-column]")!.Click();

        var deals = TableNamed("deals");
        Assert.Null(deals.FindColumn("amount"));
        Assert.DoesNotContain("amount", deals.Guards.Createable);
        Assert.DoesNotContain("amount", deals.Views[0].Fields);
        Assert.Equal("Delete column deals.amount", Editor.UndoDescription);
    }
}
