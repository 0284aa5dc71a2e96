using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using ApiStudio.Studio.Tests.Tables;

namespace ApiStudio.Studio.Tests.Problems;

public sealed class DiagnosticLocationTests
{
    private static EditorTarget Resolve(string path, string? code = null) => DiagnosticLocation.Resolve(Samples.Crm, path, code);

    [Theory]
    [InlineData("$.project.basePath")]
    [InlineData("$.project.rateLimits.read")]
    [InlineData("$.version")]
    [InlineData("$")]
    public void Project_paths_open_the_settings(string path) =>
        Assert.Equal(new EditorTarget(EditorSection.Settings, FocusPath: path), Resolve(path));

    [Theory]
    [InlineData("$.roles[2].name")]
    [InlineData("$.roleHierarchy[1]")]
    public void Role_paths_open_the_roles(string path) =>
        Assert.Equal(new EditorTarget(EditorSection.Roles, FocusPath: path), Resolve(path));

    [Theory]
    [InlineData("$.tables[1].guards.createable[3]", "contacts", TableTab.Guards)]
    [InlineData("$.tables[1].masking.email.kind", "contacts", TableTab.Masking)]
    [InlineData("$.tables[2].access.update.record.stage.notIn", "deals", TableTab.Access)]
    [InlineData("$.tables[2].actions[0].transition.field", "deals", TableTab.Actions)]
    [InlineData("$.tables[2].views[0].fields[1]", "deals", TableTab.Views)]
    [InlineData("$.tables[3].firewall.owner.column", "notes", TableTab.Firewall)]
    [InlineData("$.tables[3].softDelete", "notes", TableTab.Firewall)]
    [InlineData("$.tables[0].columns[2].maxLength", "companies", TableTab.Columns)]
    [InlineData("$.tables[0].columns", "companies", TableTab.Columns)]
    [InlineData("$.tables[0].name", "companies", TableTab.Columns)]
    public void Table_paths_open_the_table_by_name_on_the_tab_that_edits_them(string path, string table, TableTab tab) =>
        Assert.Equal(new EditorTarget(EditorSection.Tables, table, tab, path), Resolve(path));

    [Fact]
    public void An_unmasked_sensitive_column_opens_the_masking_row_of_that_column()
    {
        // contacts.columns[6] is email.
        var target = Resolve("$.tables[1].columns[6].name", DiagnosticCodes.SensitiveColumnUnmasked);

        Assert.Equal(new EditorTarget(EditorSection.Tables, "contacts", TableTab.Masking, "$.tables[1].masking.email"), target);
    }

    [Fact]
    public void A_table_index_past_the_end_opens_the_tables_overview() =>
        Assert.Equal(new EditorTarget(EditorSection.Tables), Resolve("$.tables[9].name"));

    [Fact]
    public void The_tables_list_itself_opens_the_overview() =>
        Assert.Equal(new EditorTarget(EditorSection.Tables, FocusPath: "$.tables"), Resolve("$.tables"));

    [Fact]
    public void A_column_rename_hint_opens_the_columns_of_its_table()
    {
        var definition = Samples.Crm with
        {
            Renames = [new Runtime.Definition.RenameHint { Kind = Runtime.Definition.RenameKind.Column, Table = "deals", From = "name", To = "title" }],
        };

        var target = DiagnosticLocation.Resolve(definition, "$.renames[0].to");

        Assert.Equal(new EditorTarget(EditorSection.Tables, "deals", TableTab.Columns, "$.renames[0].to"), target);
    }
}
