using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class FirewallTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenFirewall(string table)
    {
        Open(table, TableTab.Firewall);
        return Render<TablesWorkspace>();
    }

    private static IReadOnlyList<string> Detected(IRenderedComponent<TablesWorkspace> cut) =>
        cut.FindAll("[data-testid=firewall-detected-line]").Select(l => l.TextContent.Trim()).ToList();

    [Fact]
    public void It_shows_the_organization_and_owner_columns_detected_by_name()
    {
        var cut = OpenFirewall("notes");

        var lines = Detected(cut);
        Assert.Contains("organizationId detected by name: rows are scoped to the caller's active organization.", lines);
        Assert.Contains("ownerId detected by name: callers reach only the rows they own.", lines);
        Assert.Contains("Soft delete: deleted rows stay in the database and are invisible.", lines);
        Assert.Contains("detected: organizationId", cut.Find("[data-testid=firewall-organization]").OuterHtml);
    }

    [Fact]
    public void Choosing_the_hide_mode_writes_it_to_the_firewall()
    {
        var cut = OpenFirewall("deals");

        cut.FindAll("[data-testid=firewall-error-mode] [role=radio], [data-testid=firewall-error-mode] .rz-button")
            .First(b => b.TextContent.Contains("hide (404)")).Click();

        Assert.Equal(FirewallErrorMode.Hide, TableNamed("deals").Firewall.ErrorMode);
        cut.WaitForAssertion(() => Assert.Contains("Rows out of reach answer an opaque 404.", Detected(cut)));
    }

    [Fact]
    public void Making_a_table_public_says_so_and_turning_on_soft_delete_adds_the_audit_columns()
    {
        var cut = OpenFirewall("companies");

        cut.Find("[data-testid=firewall-public]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Public table (exception): rows are not scoped by organization or owner."], Detected(cut)));

        cut.Find("[data-testid=firewall-soft-delete]").Click();
        Assert.True(TableNamed("companies").SoftDelete);
        Assert.Contains(SystemColumns.EffectiveColumns(TableNamed("companies")), c => c.Name == SystemColumns.DeletedAt);
    }

    [Fact]
    public void A_table_without_an_organization_column_shows_the_validators_error_in_the_tab()
    {
        Editor.ApplyToTable("companies", "drop org", t => t with { Columns = t.Columns.Where(c => c.Name != "organizationId").ToList() });

        var cut = OpenFirewall("companies");

        Assert.Contains("No organization column: rows cannot be isolated per organization.", Detected(cut));
        Assert.NotNull(cut.Find($"[data-testid=firewall-summary] [data-code={DiagnosticCodes.FirewallNoOrgColumn}]"));
    }
}
