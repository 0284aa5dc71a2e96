using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Tables;
using ApiStudio.Studio.Tables.Columns;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class ColumnMentionsTests
{
    private static TableDefinition Table(string name) => Samples.Crm.FindTable(name)!;

    [Fact]
    public void Renaming_a_column_renames_it_in_guards_views_conditions_and_actions()
    {
        var deals = ColumnMentions.Rename(Table("deals"), "stage", "phase");

        Assert.Null(deals.FindColumn("stage"));
        Assert.True(deals.Guards.Protected.ContainsKey("phase"));
        Assert.Contains("phase", deals.Views[0].Fields);
        Assert.Equal("phase not in ['won', 'lost']", ConditionText.Render(deals.Access.Update!.Record!));
        Assert.True(deals.Actions[0].Set.ContainsKey("phase"));
        Assert.Equal("phase", deals.Actions[0].Transition!.Field);
        var definition = Samples.Crm with { Tables = Samples.Crm.Tables.Select(t => t.Name == "deals" ? deals : t).ToList() };
        Assert.DoesNotContain(DefinitionValidator.Validate(definition), d => d.IsError);
    }

    [Fact]
    public void Renaming_a_column_renames_its_masking_rule_and_an_explicit_firewall_column()
    {
        var contacts = Table("contacts") with { Firewall = new FirewallDefinition { Organization = new FirewallColumn { Column = "organizationId" } } };

        var renamed = ColumnMentions.Rename(ColumnMentions.Rename(contacts, "email", "workEmail"), "organizationId", "tenantId");

        Assert.True(renamed.Masking.ContainsKey("workEmail"));
        Assert.Equal("tenantId", renamed.Firewall.Organization!.Column);
    }

    [Fact]
    public void Removing_a_column_drops_it_from_the_allow_lists_but_leaves_conditions_for_the_validator()
    {
        var deals = ColumnMentions.Remove(Table("deals"), "stage");

        Assert.False(deals.Guards.Protected.ContainsKey("stage"));
        Assert.DoesNotContain("stage", deals.Views[0].Fields);
        Assert.Equal("stage not in ['won', 'lost']", ConditionText.Render(deals.Access.Update!.Record!));
        var definition = Samples.Crm with { Tables = Samples.Crm.Tables.Select(t => t.Name == "deals" ? deals : t).ToList() };
        Assert.Contains(DefinitionValidator.Validate(definition), d => d.Code == DiagnosticCodes.ConditionUnknownField);
    }

    [Fact]
    public void A_column_rename_hint_follows_a_later_table_rename()
    {
        var definition = RenameHints.RecordColumn(Samples.Crm, "deals", "name", "title");

        var renamed = TableMentions.Rename(definition, "deals", "opportunities");

        Assert.Contains(renamed.Renames, h => h is { Kind: RenameKind.Column, Table: "opportunities", From: "name", To: "title" });
    }
}
