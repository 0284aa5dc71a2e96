using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class ActionsTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenActions(string table)
    {
        Open(table, TableTab.Actions);
        return Render<TablesWorkspace>();
    }

    [Fact]
    public void An_action_shows_its_route_inputs_effect_and_transition()
    {
        var cut = OpenActions("deals");

        var card = cut.Find("[data-testid=action-card][data-action=advance]");
        Assert.Contains("POST /api/v1/deals/{id}/advance", card.TextContent);
        Assert.Equal("stage", card.QuerySelector("input[data-testid=action-input-name]")!.GetAttribute("value"));
        Assert.Equal("$input.stage", card.QuerySelector("input[data-testid=action-set-value]")!.GetAttribute("value"));
        Assert.Equal(["lead", "qualified", "proposal"], card.QuerySelectorAll("input[data-testid=transition-from]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void Setting_a_value_that_does_not_fit_the_column_shows_the_diagnostic_on_its_row()
    {
        var cut = OpenActions("deals");

        cut.Find("input[data-testid=action-set-value]").Change("$input.stag");

        var row = cut.Find("[data-testid=action-set-row][data-field=stage]");
        Assert.NotNull(row.QuerySelector($"[data-code={DiagnosticCodes.ActionUnknownInput}]"));
        Assert.Equal(Operand.Reference("$input.stag"), TableNamed("deals").Actions[0].Set["stage"]);
    }

    [Fact]
    public void Renaming_an_action_keeps_the_fields_it_protects()
    {
        var cut = OpenActions("deals");

        cut.Find("input[data-testid=action-name]").Change("move");

        var deals = TableNamed("deals");
        Assert.Equal("move", deals.Actions[0].Name);
        Assert.Equal(["move"], deals.Guards.Protected["stage"]);
        Assert.DoesNotContain(Editor.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_new_action_is_flagged_until_it_has_an_effect()
    {
        var cut = OpenActions("companies");

        cut.Find("[data-testid=add-action]").Click();

        Assert.Equal("action1", TableNamed("companies").Actions[0].Name);
        Assert.NotNull(cut.Find($"[data-testid=action-card] [data-code={DiagnosticCodes.ActionNoEffect}]"));

        cut.Find("[data-testid=add-action-set]").Click();
        Assert.Equal("name", Assert.Single(TableNamed("companies").Actions[0].Set).Key);
        Assert.Empty(cut.FindAll($"[data-code={DiagnosticCodes.ActionNoEffect}]"));
    }

    [Fact]
    public void The_action_condition_uses_the_condition_builder()
    {
        var cut = OpenActions("deals");

        cut.Find("[data-testid=action-0-condition-add]").Click();

        Assert.NotNull(TableNamed("deals").Actions[0].Access.Record);
        Assert.Equal("contactId = $ctx.userId", cut.Find("[data-testid=action-0-condition-text]").TextContent.Trim());
    }

    [Fact]
    public void A_transition_to_a_state_the_field_does_not_have_is_flagged()
    {
        var cut = OpenActions("deals");

        cut.FindAll("input[data-testid=transition-from]")[0].Change("draft");

        Assert.True(TableNamed("deals").Actions[0].Transition!.FromTo.ContainsKey("draft"));
        Assert.NotNull(cut.Find($"[data-testid=transition-pair] [data-code={DiagnosticCodes.ActionTransitionUnknownState}]"));
    }
}
