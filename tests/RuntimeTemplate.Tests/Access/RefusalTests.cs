using ApiStudio.Runtime.Access;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tests.Pipeline;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Tests.Access;

/// <summary>
/// The role check and the firewall's organization check return the refusal they throw, so callers that only
/// want the answer (the OpenAPI document asks for thousands) need not catch it.
/// </summary>
public sealed class RefusalTests
{
    private static readonly ApiDefinition Crm = TestApi.Sample("crm.api.json");
    private static readonly TableDefinition Deals = Crm.FindTable("deals")!;

    private static CallerIdentity Member(string? organization, params string[] roles) => new()
    {
        Kind = CallerKind.User, UserId = "u1", ActiveOrgId = organization, Roles = roles,
    };

    [Theory]
    [InlineData("viewer")]
    [InlineData()]
    public void Role_refusal_is_the_error_the_role_check_throws(params string[] roles)
    {
        var rule = Deals.Access.Delete;
        var thrown = Assert.Throws<ApiException>(() => RoleCheck.Require(Crm, "delete", rule, Member("org", roles), new DecisionTrace(), "$"));
        var trace = new DecisionTrace();

        var refusal = RoleCheck.Refusal(Crm, "delete", rule, Member("org", roles), trace, "$");

        Assert.Equal(ErrorCodes.AccessRoleRequired, refusal?.Code);
        Assert.Equal(ErrorText.Of(thrown.Error), ErrorText.Of(refusal));
        Assert.Equal(TraceOutcome.Failed, trace.Steps[^1].Outcome);
    }

    [Fact]
    public void Role_refusal_is_null_for_a_role_the_rule_admits() =>
        Assert.Null(RoleCheck.Refusal(Crm, "list", Deals.Access.List, Member("org", "admin"), new DecisionTrace(), "$"));

    [Fact]
    public void Without_an_active_organization_the_firewall_refuses_with_what_it_throws()
    {
        var thrown = Assert.Throws<ApiException>(() => FirewallScope.For(Deals, Member(null, "admin"), new DecisionTrace()));

        var scope = FirewallScope.TryFor(Deals, Member(null, "admin"), new DecisionTrace(), out var refusal);

        Assert.Null(scope);
        Assert.Equal(ErrorCodes.AccessNoOrg, refusal?.Code);
        Assert.Equal(ErrorText.Of(thrown.Error), ErrorText.Of(refusal));
    }

    [Fact]
    public void With_an_active_organization_the_firewall_gives_the_scope_and_no_refusal()
    {
        var organization = "9c1e6b2a-1d3f-4e5a-8b7c-6d5e4f3a2b1c";

        var scope = FirewallScope.TryFor(Deals, Member(organization, "admin"), new DecisionTrace(), out var refusal);

        Assert.Null(refusal);
        Assert.Equal(Guid.Parse(organization), scope?.OrganizationId);
    }
}
