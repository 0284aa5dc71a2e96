using System.Net;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class MeTests
{
    [Fact]
    public async Task Me_returns_the_user_their_memberships_the_active_organization_and_roles()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var member = await host.MemberAsync(owner, "mia@acme.test", "admin");

        var response = await host.GetAsync("auth/me", member.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var body = response.Body;
        Assert.Equal("user", (string?)body["kind"]);
        Assert.Equal("mia@acme.test", (string?)body["user"]!["email"]);
        var membership = Assert.Single(body["memberships"]!.AsArray());
        Assert.Equal(owner.OrganizationId, (string?)membership!["organizationId"]);
        Assert.Equal("Acme", (string?)membership["organizationName"]);
        Assert.Equal("admin", (string?)membership["role"]);
        Assert.Equal(owner.OrganizationId, (string?)body["activeOrganizationId"]);
        Assert.Equal(["admin"], body["roles"]!.AsArray().Select(r => (string)r!));
        Assert.Null(body["apiKeyId"]);
    }

    [Fact]
    public async Task Me_without_credentials_returns_401_AUTH_MISSING()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("auth/me");

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthMissing, "GET", "auth/me");
    }

    [Fact]
    public async Task Me_with_a_secret_key_describes_the_key()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["deals:read"]);

        var response = await host.GetAsync("auth/me", headers: new Dictionary<string, string> { ["X-API-Key"] = key });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("secretKey", (string?)response.Body["kind"]);
        Assert.Null(response.Body["user"]);
        Assert.Equal(owner.OrganizationId, (string?)response.Body["activeOrganizationId"]);
        Assert.Equal(["deals:read"], response.Body["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("dev", (string?)response.Body["environment"]);
    }
}
