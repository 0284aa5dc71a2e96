using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Tables;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class TableMentionsTests
{
    [Fact]
    public void Renaming_a_table_renames_the_references_to_it_and_records_a_hint()
    {
        var renamed = TableMentions.Rename(Samples.Crm, "deals", "opportunities");

        Assert.NotNull(renamed.FindTable("opportunities"));
        Assert.Equal("opportunities", renamed.FindTable("notes")!.FindColumn("dealId")!.References);
        Assert.Equal(new RenameHint { Kind = RenameKind.Table, From = "deals", To = "opportunities" }, Assert.Single(renamed.Renames));
        Assert.DoesNotContain(DefinitionValidator.Validate(renamed), d => d.IsError);
    }

    [Fact]
    public void Renaming_twice_keeps_one_hint_from_the_first_name_to_the_last()
    {
        var twice = TableMentions.Rename(TableMentions.Rename(Samples.Crm, "deals", "opportunities"), "opportunities", "pipelineItems");

        Assert.Equal(new RenameHint { Kind = RenameKind.Table, From = "deals", To = "pipelineItems" }, Assert.Single(twice.Renames));
    }

    [Fact]
    public void Renaming_back_drops_the_hint()
    {
        var back = TableMentions.Rename(TableMentions.Rename(Samples.Crm, "deals", "opportunities"), "opportunities", "deals");

        Assert.Empty(back.Renames);
    }

    [Fact]
    public void Removing_a_table_clears_the_references_to_it_and_its_hints()
    {
        var renamed = TableMentions.Rename(Samples.Crm, "deals", "opportunities");

        var removed = TableMentions.Remove(renamed, "opportunities");

        Assert.Null(removed.FindTable("opportunities"));
        Assert.Null(removed.FindTable("notes")!.FindColumn("dealId")!.References);
        Assert.Empty(removed.Renames);
        Assert.Equal(["notes.dealId"], TableMentions.ReferencesTo(renamed, "opportunities"));
    }
}
