using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;
using ApiStudio.Studio.Tests.Tables;
using Bunit;
using Radzen;

namespace ApiStudio.Studio.Tests.Simulator;

public sealed class KeyPersonaFormTests : BunitContext
{
    private static readonly ApiDefinition Crm = Samples.Crm;
    private readonly List<KeyPersonaRequest> added = [];
    private string? addedId;

    public KeyPersonaFormTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
    }

    private IRenderedComponent<KeyPersonaForm> RenderForm() => Render<KeyPersonaForm>(p => p
        .Add(f => f.Definition, Crm)
        .Add(f => f.Organizations, ["A", "B"])
        .Add(f => f.OnAdd, key =>
        {
            added.Add(key);
            return Task.FromResult("pk-A-42");
        })
        .Add(f => f.OnAdded, id => addedId = id));

    private static void TypeScopes(IRenderedComponent<KeyPersonaForm> form, string scopes) =>
        form.Find("[data-testid=key-scopes]").Input(scopes);

    [Fact]
    public void A_publishable_key_with_a_write_scope_is_refused_as_the_key_endpoint_refuses_it()
    {
        var form = RenderForm();

        TypeScopes(form, "deals:read, deals:create");

        Assert.Contains("'deals:create' allows more than reading", form.Find("[data-testid=key-problem]").TextContent);
        Assert.True(form.Find("[data-testid=add-key]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_scope_naming_no_table_is_refused()
    {
        var form = RenderForm();

        TypeScopes(form, "invoices:read");

        Assert.Contains("'invoices:read' names no table", form.Find("[data-testid=key-problem]").TextContent);
    }

    [Fact]
    public void Adding_a_key_sends_its_organization_kind_scopes_and_environment_and_selects_the_new_persona()
    {
        var form = RenderForm();

        TypeScopes(form, "deals:read, companies:get");
        form.Find("[data-testid=add-key]").Click();

        var key = Assert.Single(added);
        Assert.Equal(new KeyPersonaRequest("A", false, key.Scopes, Crm.Project.Environments[0]), key);
        Assert.Equal(["deals:read", "companies:get"], key.Scopes);
        Assert.Equal("pk-A-42", addedId);
    }
}
