using ApiStudio.Runtime.Tracing;
using ApiStudio.Studio.Simulator;
using Bunit;
using Radzen;

namespace ApiStudio.Studio.Tests.Simulator;

public sealed class TraceViewTests : BunitContext
{
    public TraceViewTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
    }

    private static readonly TraceStep[] Steps =
    [
        new("authentication", TraceOutcome.Passed, "credentials", "authenticated as user u1 (viewer) in org A"),
        new("access", TraceOutcome.Failed, "roles", "role 'viewer' is not in create on 'deals' roles [sales+]")
        {
            Fix = "Sign in as a member with one of [sales+], or add the caller's role to the rule.",
            DefinitionPath = "$.tables[2].access.create",
        },
    ];

    [Fact]
    public void Each_layer_is_listed_in_order_with_its_outcome()
    {
        var cut = Render<TraceView>(p => p.Add(v => v.Steps, Steps));

        var steps = cut.FindAll("[data-testid=trace-step]");
        Assert.Equal(2, steps.Count);
        Assert.Equal("Passed", steps[0].GetAttribute("data-outcome"));
        Assert.Equal("Failed", steps[1].GetAttribute("data-outcome"));
        Assert.Contains("role 'viewer' is not in create", steps[1].TextContent);
    }

    [Fact]
    public void A_denial_says_what_would_let_it_through_and_links_to_its_rule()
    {
        string? opened = null;
        var cut = Render<TraceView>(p => p.Add(v => v.Steps, Steps).Add(v => v.OnOpenRule, (string path) => opened = path));

        Assert.Contains("Sign in as a member with one of [sales+]", cut.Find("[data-testid=trace-fix]").TextContent);
        cut.Find("[data-testid=trace-open-rule]").Click();

        Assert.Equal("$.tables[2].access.create", opened);
    }

    [Fact]
    public void Personas_are_offered_by_their_labels()
    {
        SandboxPersona[] personas = [new("anonymous", "Anonymous (no credentials)", PersonaKind.Anonymous), new("user-A-viewer", "viewer in A", PersonaKind.User)];

        var cut = Render<PersonaPicker>(p => p.Add(v => v.Personas, personas).Add(v => v.Value, "user-A-viewer"));

        Assert.Contains("viewer in A", cut.Markup);
    }
}
