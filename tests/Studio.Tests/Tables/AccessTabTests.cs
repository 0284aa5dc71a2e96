using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class AccessTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenAccess(string table)
    {
        Open(table, TableTab.Access);
        return Render<TablesWorkspace>();
    }

    [Fact]
    public void The_matrix_has_a_column_per_role_per_hierarchy_role_and_PUBLIC()
    {
        var cut = OpenAccess("deals");

        var headers = cut.FindAll("[data-testid=access-matrix] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Operation", "viewer", "sales", "manager", "admin", "viewer+", "sales+", "manager+", "admin+", "PUBLIC", "Owner only"], headers);
        Assert.Equal("true", cut.Find("[data-testid='access-delete-manager+']").GetAttribute("aria-checked"));
        Assert.Equal("false", cut.Find("[data-testid='access-delete-sales+']").GetAttribute("aria-checked"));
    }

    [Fact]
    public void Ticking_a_role_allows_it_to_run_the_operation()
    {
        var cut = OpenAccess("deals");

        cut.Find("[data-testid=access-delete-sales]").Click();

        Assert.Equal(["sales", "manager+"], TableNamed("deals").Access.Delete!.Roles);
        Assert.Equal("Allow sales to delete deals", Editor.UndoDescription);
        Assert.Equal("true", cut.Find("[data-testid=access-delete-sales]").GetAttribute("aria-checked"));
    }

    [Fact]
    public void Ticking_a_role_for_an_undefined_operation_creates_its_rule()
    {
        Editor.ApplyToTable("deals", "drop delete", t => t with { Access = t.Access with { Delete = null } });
        var cut = OpenAccess("deals");
        Assert.NotNull(cut.Find("[data-testid=access-delete-undefined]"));

        cut.Find("[data-testid=access-delete-admin]").Click();

        Assert.Equal(["admin"], TableNamed("deals").Access.Delete!.Roles);
        Assert.Empty(cut.FindAll("[data-testid=access-delete-undefined]"));
        Assert.NotNull(cut.Find("[data-testid=condition-delete-add]"));
    }

    [Fact]
    public void The_record_condition_is_shown_as_one_line()
    {
        var cut = OpenAccess("contacts");

        Assert.Equal("accountManagerId = $ctx.userId or accountManagerId is null",
            cut.Find("[data-testid=condition-update-text]").TextContent.Trim());
    }

    [Fact]
    public void An_invalid_condition_shows_its_diagnostic_in_the_condition_builder()
    {
        var cut = OpenAccess("deals");

        // deals.update: stage notIn [won, lost]; "closed" is not one of the stage's values.
        cut.Find("input[data-testid=condition-update-row-0-value]").Change("won, closed");

        var builder = cut.Find("[data-testid=condition-update]");
        var diagnostic = builder.QuerySelector($"[data-testid=diagnostic][data-code={DiagnosticCodes.ConditionTypeMismatch}]");
        Assert.NotNull(diagnostic);
        Assert.Contains("'closed' is not one of the allowed values", diagnostic.TextContent);
        Assert.Equal("stage not in ['won', 'closed']", builder.QuerySelector("[data-testid=condition-update-text]")!.TextContent.Trim());
    }

    [Fact]
    public void An_unknown_reference_in_a_value_is_flagged_where_it_was_typed()
    {
        var cut = OpenAccess("contacts");

        cut.Find("input[data-testid=condition-update-or-0-row-0-value]").Change("$ctx.userID");

        var row = cut.Find("[data-testid=condition-update-or-0-row-0]");
        Assert.NotNull(row.QuerySelector($"[data-code={DiagnosticCodes.ConditionUnknownReference}]"));
    }

    [Fact]
    public void Adding_a_condition_and_an_alternative_builds_an_or_group()
    {
        var cut = OpenAccess("deals");
        cut.Find("[data-testid=condition-get-add]").Click();

        cut.Find("[data-testid=condition-get-add-or]").Click();

        var record = TableNamed("deals").Access.Get!.Record!;
        Assert.Single(record.Comparisons);
        Assert.Single(record.Or);
        Assert.Equal("contactId = $ctx.userId and contactId = $ctx.userId", ConditionText.Render(record));
    }

    [Fact]
    public void Owner_only_on_a_table_without_an_owner_column_shows_the_error_on_its_row()
    {
        var cut = OpenAccess("deals");

        cut.Find("[data-testid=access-update-owner]").Click();

        Assert.True(TableNamed("deals").Access.Update!.Owner);
        Assert.NotNull(cut.Find($"[data-testid=access-row-update] [data-code={DiagnosticCodes.AccessOwnerWithoutColumn}]"));
    }

    [Fact]
    public void Removing_a_rule_leaves_the_operation_to_secret_keys()
    {
        var cut = OpenAccess("deals");

        cut.Find("[data-testid=access-list-remove]").Click();

        Assert.Null(TableNamed("deals").Access.List);
        Assert.NotNull(cut.Find("[data-testid=access-list-undefined]"));
    }
}
