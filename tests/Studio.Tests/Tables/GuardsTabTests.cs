using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class GuardsTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenGuards(string table)
    {
        Open(table, TableTab.Guards);
        return Render<TablesWorkspace>();
    }

    private static string? Checked(IRenderedComponent<TablesWorkspace> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").GetAttribute("aria-checked");

    [Fact]
    public void Marking_a_field_immutable_removes_it_from_updatable()
    {
        var cut = OpenGuards("deals");
        Assert.Equal("true", Checked(cut, "guard-updatable-title"));

        cut.Find("[data-testid=guard-immutable-title]").Click();

        var guards = TableNamed("deals").Guards;
        Assert.Contains("title", guards.Immutable);
        Assert.DoesNotContain("title", guards.Updatable);
        Assert.Equal("false", Checked(cut, "guard-updatable-title"));
        Assert.Equal("true", Checked(cut, "guard-immutable-title"));
    }

    [Fact]
    public void Marking_a_field_updatable_removes_it_from_immutable()
    {
        var cut = OpenGuards("deals");

        cut.Find("[data-testid=guard-updatable-contactId]").Click();

        var guards = TableNamed("deals").Guards;
        Assert.Contains("contactId", guards.Updatable);
        Assert.DoesNotContain("contactId", guards.Immutable);
    }

    [Fact]
    public void Protecting_a_field_removes_it_from_createable_and_updatable_and_names_the_actions_that_set_it()
    {
        Editor.ApplyToTable("deals", "advance sets amount", t => t with
        {
            Actions = t.Actions.Select(a => a with { Set = a.Set.Append(new("amount", Runtime.Definition.Operand.Number(1))).ToDictionary(p => p.Key, p => p.Value) }).ToList(),
        });
        var cut = OpenGuards("deals");

        cut.Find("[data-testid=guard-protected-amount]").Click();

        var guards = TableNamed("deals").Guards;
        Assert.DoesNotContain("amount", guards.Createable);
        Assert.DoesNotContain("amount", guards.Updatable);
        Assert.Equal(["advance"], guards.Protected["amount"]);
        Assert.NotNull(cut.Find("[data-testid=guard-protected-actions-amount]"));
    }

    [Fact]
    public void System_fields_are_marked_and_cannot_be_ticked()
    {
        var cut = OpenGuards("deals");

        Assert.Equal("true", Checked(cut, "guard-system-organizationId"));
        Assert.Equal("true", Checked(cut, "guard-system-createdAt"));
        Assert.Equal("false", Checked(cut, "guard-system-title"));
        var createable = cut.Find("[data-testid=guard-createable-organizationId]");
        Assert.Equal("true", createable.GetAttribute("aria-disabled"));

        createable.Click();

        Assert.DoesNotContain("organizationId", TableNamed("deals").Guards.Createable);
        Assert.False(Editor.CanUndo);
    }

    [Fact]
    public void The_mode_and_the_switch_change_the_guards()
    {
        var cut = OpenGuards("deals");

        cut.Find("[data-testid=guards-enabled]").Click();

        Assert.False(TableNamed("deals").Guards.Enabled);
        Assert.NotNull(cut.Find("[data-code=GUARD_LISTS_WHEN_DISABLED]"));
    }

    [Fact]
    public void A_guard_diagnostic_shows_on_the_row_of_its_field()
    {
        Editor.ApplyToTable("deals", "break", t => t with { Guards = t.Guards with { Updatable = [.. t.Guards.Updatable, "contactId"] } });

        var cut = OpenGuards("deals");

        Assert.NotNull(cut.Find("[data-testid=guard-row][data-field=contactId] [data-code=GUARD_IMMUTABLE_ALSO_UPDATABLE]"));
    }
}
