using System.Net;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class ActiveOrganizationTests
{
    private static Dictionary<string, string> OrgHeader(string organizationId) => new() { [ActiveOrganization.Header] = organizationId };

    [Fact]
    public async Task Sign_in_of_a_member_of_one_organization_makes_it_active_with_the_membership_role()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var member = await host.MemberAsync(owner, "mia@acme.test", "member");

        var probe = await host.GetAsync("probe/private", member.AccessToken);

        Assert.Equal(owner.OrganizationId, (string?)probe.Body["activeOrgId"]);
        Assert.Equal(["member"], probe.Body["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task Sign_in_of_a_member_of_several_organizations_starts_with_none_active()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        await host.CreateOrganizationAsync(owner.AccessToken, "Beta");

        var signIn = await host.SignInAsync(owner.Email);
        var probe = await host.GetAsync("probe/private", (string)signIn["accessToken"]!);

        Assert.Null(signIn["activeOrganizationId"]);
        Assert.Null(probe.Body["activeOrgId"]);
        Assert.Empty(probe.Body["roles"]!.AsArray());
    }

    [Fact]
    public async Task Sign_in_with_organizationId_activates_that_organization()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var beta = await host.CreateOrganizationAsync(owner.AccessToken, "Beta");

        var signIn = await host.SignInAsync(owner.Email, organizationId: beta);

        Assert.Equal(beta, (string?)signIn["activeOrganizationId"]);
    }

    [Fact]
    public async Task Sign_in_with_organizationId_of_an_organization_the_user_is_not_in_returns_403_ACCESS_NO_ORG()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        await host.SignUpAsync("eve@evil.test");

        var response = await host.PostAsync("auth/signin", new { email = "eve@evil.test", password = AuthTestHost.Password, organizationId = owner.OrganizationId });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessNoOrg, "POST", "auth/signin");
    }

    [Fact]
    public async Task Organization_header_selects_an_organization_of_the_user_and_roles_follow_the_membership()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var bob = await host.OwnerAsync("bob@beta.test", "Beta");
        await host.AddMemberAsync(bob.AccessToken, bob.OrganizationId!, owner.Email, "member");

        var probe = await host.GetAsync("probe/private", owner.AccessToken, OrgHeader(bob.OrganizationId!));

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Equal(bob.OrganizationId, (string?)probe.Body["activeOrgId"]);
        Assert.Equal(["member"], probe.Body["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task Organization_header_naming_an_organization_the_user_is_not_in_returns_403_ACCESS_NO_ORG()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var eve = await host.OwnerAsync("eve@evil.test", "Evil");

        var response = await host.GetAsync("probe/public", eve.AccessToken, OrgHeader(owner.OrganizationId!));

        ErrorBodies.AssertFlat(response, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessNoOrg, "GET", "probe/public");
        Assert.Equal(owner.OrganizationId, (string?)response.Body["details"]!["requested"]);
        Assert.Contains("not a member", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organization_header_naming_an_organization_that_does_not_exist_gets_the_same_403()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();

        var response = await host.GetAsync("probe/public", owner.AccessToken, OrgHeader(Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(ErrorCodes.AccessNoOrg, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Member_removed_from_the_token_organization_loses_it_instead_of_keeping_it_active()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var member = await host.MemberAsync(owner, "mia@acme.test", "member");
        using (var scope = host.Services().CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ApiStudio.Runtime.Authentication.Data.AuthStore>();
            store.Memberships.RemoveRange(store.Memberships.Where(m => m.UserId == member.UserId));
            await store.SaveChangesAsync();
        }

        var probe = await host.GetAsync("probe/private", member.AccessToken);

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Null(probe.Body["activeOrgId"]);
        Assert.Empty(probe.Body["roles"]!.AsArray());
    }
}
