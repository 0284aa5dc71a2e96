using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Tables;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class TableNameCheckTests
{
    [Theory]
    [InlineData("invoices")]
    [InlineData("line_items")]
    public void A_fresh_valid_name_has_no_problem(string name) =>
        Assert.Null(TableNameCheck.ForNewTable(Samples.Crm, name));

    [Theory]
    [InlineData("", DiagnosticCodes.NameInvalid)]
    [InlineData("deals", DiagnosticCodes.TableDuplicate)]
    [InlineData("DEALS", DiagnosticCodes.TableDuplicate)]
    [InlineData("order", DiagnosticCodes.NameReserved)]
    [InlineData("organizations", DiagnosticCodes.TableNameReserved)]
    public void The_validator_decides_what_is_wrong_with_a_new_name(string name, string code) =>
        Assert.Equal(code, TableNameCheck.ForNewTable(Samples.Crm, name)?.Code);

    [Fact]
    public void Renaming_onto_an_earlier_table_reports_the_duplicate_even_though_it_lands_on_the_other_table()
    {
        var problem = TableNameCheck.ForRename(Samples.Crm, "notes", "companies");

        Assert.Equal(DiagnosticCodes.TableDuplicate, problem?.Code);
    }

    [Fact]
    public void Keeping_the_name_is_not_a_problem() => Assert.Null(TableNameCheck.ForRename(Samples.Crm, "notes", "notes"));

    [Fact]
    public void A_new_table_validates_without_errors()
    {
        var definition = Samples.Crm with { Tables = [.. Samples.Crm.Tables, NewTables.Create("invoices")] };

        Assert.DoesNotContain(DefinitionValidator.Validate(definition), d => d.IsError);
    }
}
