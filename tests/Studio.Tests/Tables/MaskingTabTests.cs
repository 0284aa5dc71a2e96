using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class MaskingTabTests : DesignerContext
{
    private IRenderedComponent<TablesWorkspace> OpenMasking(string table)
    {
        Open(table, TableTab.Masking);
        return Render<TablesWorkspace>();
    }

    [Fact]
    public void The_preview_shows_the_masked_example_of_each_masked_column()
    {
        var cut = OpenMasking("contacts");

        Assert.Equal("paul@example.com", cut.Find("input[data-testid=mask-sample-email]").GetAttribute("value"));
        Assert.Equal("p***@e******.com", cut.Find("[data-testid=mask-example-email]").TextContent);
        Assert.Equal("******4567", cut.Find("[data-testid=mask-example-phone]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=mask-example-firstName]"));
    }

    [Fact]
    public void Typing_an_example_value_masks_it_live()
    {
        var cut = OpenMasking("contacts");

        cut.Find("input[data-testid=mask-sample-email]").Input("grace.hopper@navy.mil");

        Assert.Equal("g***********@n***.mil", cut.Find("[data-testid=mask-example-email]").TextContent);
    }

    [Fact]
    public void A_sensitive_column_without_masking_shows_the_default_mask_the_validators_warning_and_a_suggestion()
    {
        Editor.ApplyToTable("contacts", "unmask", t => t with { Masking = t.Masking.Where(m => m.Key != "email").ToDictionary(m => m.Key, m => m.Value) });

        var cut = OpenMasking("contacts");

        var row = cut.Find("[data-testid=masking-row][data-column=email]");
        Assert.Contains("'contacts.email' looks sensitive", row.QuerySelector($"[data-code={DiagnosticCodes.SensitiveColumnUnmasked}]")!.TextContent);
        Assert.Contains("nobody (default)", row.TextContent);
        Assert.Equal("p***@e******.com", cut.Find("[data-testid=mask-example-email]").TextContent);

        cut.Find("[data-testid=mask-suggest-email]").Click();

        Assert.Equal(MaskKind.Email, TableNamed("contacts").Masking["email"].Kind);
        Assert.DoesNotContain(Editor.Diagnostics, d => d.Code == DiagnosticCodes.SensitiveColumnUnmasked);
        Assert.Equal("p***@e******.com", cut.Find("[data-testid=mask-example-email]").TextContent);
    }

    [Fact]
    public void A_custom_mask_previews_its_replacement_and_flags_a_bad_pattern()
    {
        Editor.ApplyToTable("contacts", "custom", t => t with
        {
            Masking = new Dictionary<string, MaskingRule>(t.Masking) { ["lastName"] = new() { Kind = MaskKind.Custom, Pattern = "^(.).*$", Replacement = "$1." } },
        });
        var cut = OpenMasking("contacts");
        cut.Find("input[data-testid=mask-sample-lastName]").Input("Lovelace");
        Assert.Equal("L.", cut.Find("[data-testid=mask-example-lastName]").TextContent);

        cut.Find("input[data-testid=mask-pattern-lastName]").Change("(unclosed");

        Assert.NotNull(cut.Find($"[data-testid=masking-row][data-column=lastName] [data-code={DiagnosticCodes.MaskingPatternInvalid}]"));
        Assert.Equal("[REDACTED]", cut.Find("[data-testid=mask-example-lastName]").TextContent);
    }

    [Fact]
    public void The_owner_can_be_allowed_to_see_the_real_value()
    {
        var cut = OpenMasking("contacts");

        cut.Find("[data-testid=mask-owner-email]").Click();

        Assert.True(TableNamed("contacts").Masking["email"].Show.Owner);
        // contacts has no owner column, which the validator reports on the row.
        Assert.NotNull(cut.Find($"[data-testid=masking-row][data-column=email] [data-code={DiagnosticCodes.MaskingOwnerWithoutColumn}]"));
    }
}
