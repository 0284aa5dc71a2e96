using System.Net;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Authentication;

namespace ApiStudio.Runtime.Tests.Organizations;

public sealed class OrganizationEndpointTests
{
    [Fact]
    public async Task Creating_an_organization_makes_the_creator_a_member_with_the_top_role()
    {
        await using var host = await AuthTestHost.StartAsync();
        var token = (string)(await host.SignUpAsync("ann@example.com"))["accessToken"]!;

        var response = await host.PostAsync("organizations", new { name = "  Acme  " }, token);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("Acme", (string?)response.Body["name"]);
        Assert.Equal("owner", (string?)response.Body["role"]);
        Assert.True(Guid.TryParse((string?)response.Body["id"], out _));
    }

    [Fact]
    public async Task Creating_an_organization_without_credentials_returns_401_AUTH_MISSING()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("organizations", new { name = "Acme" });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthMissing, "POST", "organizations");
    }

    [Fact]
    public async Task Listing_organizations_shows_only_the_callers_own_with_their_roles()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var other = await host.OwnerAsync("bob@beta.test", "Beta");
        await host.AddMemberAsync(other.AccessToken, other.OrganizationId!, owner.Email, "member");
        await host.OwnerAsync("eve@evil.test", "Evil");

        var response = await host.GetAsync("organizations", owner.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var rows = response.Body.AsArray().Select(o => ((string)o!["name"]!, (string)o["role"]!)).ToList();
        Assert.Equal([("Acme", "owner"), ("Beta", "member")], rows);
    }

    [Fact]
    public async Task Owner_adds_a_signed_up_user_with_a_declared_role_and_lists_members()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        await host.SignUpAsync("mia@acme.test");

        var added = await host.PostAsync($"organizations/{owner.OrganizationId}/members", new { email = "MIA@acme.test", role = "admin" }, owner.AccessToken);
        var members = await host.GetAsync($"organizations/{owner.OrganizationId}/members", owner.AccessToken);

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal("admin", (string?)added.Body["role"]);
        var rows = members.Body.AsArray().Select(m => ((string)m!["email"]!, (string)m["role"]!)).ToList();
        Assert.Equal([("mia@acme.test", "admin"), ("owner@acme.test", "owner")], rows);
    }

    [Fact]
    public async Task Adding_a_member_with_an_undeclared_role_returns_400_VALIDATION_FAILED()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        await host.SignUpAsync("mia@acme.test");
        var path = $"organizations/{owner.OrganizationId}/members";

        var response = await host.PostAsync(path, new { email = "mia@acme.test", role = "superuser" }, owner.AccessToken);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationFailed, "POST", path);
        Assert.Contains("not a role of this API", (string?)response.Body["details"]!["errors"]!["role"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_user_who_has_not_signed_up_returns_400_VALIDATION_FAILED_on_email()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();

        var response = await host.PostAsync($"organizations/{owner.OrganizationId}/members", new { email = "ghost@acme.test", role = "member" }, owner.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("no user has signed up with this email", (string?)response.Body["details"]!["errors"]!["email"]);
    }

    [Fact]
    public async Task Adding_an_existing_member_again_returns_409_DB_UNIQUE_VIOLATION()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        await host.MemberAsync(owner, "mia@acme.test", "member");

        var response = await host.PostAsync($"organizations/{owner.OrganizationId}/members", new { email = "mia@acme.test", role = "admin" }, owner.AccessToken);

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal(ErrorCodes.DbUniqueViolation, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Plain_member_may_not_add_members_and_gets_403_ACCESS_ROLE_REQUIRED_with_required_and_current()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var member = await host.MemberAsync(owner, "mia@acme.test", "member");
        await host.SignUpAsync("friend@acme.test");
        var path = $"organizations/{owner.OrganizationId}/members";

        var response = await host.PostAsync(path, new { email = "friend@acme.test", role = "member" }, member.AccessToken);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessRoleRequired, "POST", path);
        Assert.Equal(["admin", "owner"], response.Body["details"]!["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(["member"], response.Body["details"]!["current"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task Admin_may_not_grant_a_role_ranked_above_their_own()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var admin = await host.MemberAsync(owner, "adam@acme.test", "admin");
        await host.SignUpAsync("friend@acme.test");

        var response = await host.PostAsync($"organizations/{owner.OrganizationId}/members", new { email = "friend@acme.test", role = "owner" }, admin.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(ErrorCodes.AccessRoleRequired, (string?)response.Body["code"]);
        Assert.Equal(HttpStatusCode.Created,
            (await host.PostAsync($"organizations/{owner.OrganizationId}/members", new { email = "friend@acme.test", role = "admin" }, admin.AccessToken)).Status);
    }

    [Fact]
    public async Task Outsider_gets_403_ACCESS_ROLE_REQUIRED_listing_members_whether_or_not_the_organization_exists()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var eve = await host.OwnerAsync("eve@evil.test", "Evil");

        var real = await host.GetAsync($"organizations/{owner.OrganizationId}/members", eve.AccessToken);
        var made_up = await host.GetAsync($"organizations/{Guid.NewGuid()}/members", eve.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, real.Status);
        Assert.Equal(ErrorCodes.AccessRoleRequired, (string?)real.Body["code"]);
        Assert.Empty(real.Body["details"]!["current"]!.AsArray());
        Assert.Equal(real.Body["details"]!.ToJsonString(), made_up.Body["details"]!.ToJsonString());
    }

    [Fact]
    public async Task Secret_key_cannot_manage_members_because_account_endpoints_need_a_signed_in_user()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["*:*"]);
        var path = $"organizations/{owner.OrganizationId}/members";

        var response = await host.GetAsync(path, key);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessRoleRequired, "GET", path);
        Assert.Equal(["signed-in user"], response.Body["details"]!["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(["secret key"], response.Body["details"]!["current"]!.AsArray().Select(r => (string)r!));
    }
}
