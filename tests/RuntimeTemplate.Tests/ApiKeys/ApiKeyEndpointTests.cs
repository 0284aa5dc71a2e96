using System.Net;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Tests.ApiKeys;

public sealed class ApiKeyEndpointTests
{
    [Fact]
    public async Task Creating_a_key_returns_it_once_and_lists_show_it_masked_without_its_hash()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var path = $"organizations/{owner.OrganizationId}/api-keys";

        var created = await host.PostAsync(path, new { kind = "secret", scopes = new[] { "deals:read", "deals:read", "*:create" }, environment = "dev" }, owner.AccessToken);
        var listed = await host.GetAsync(path, owner.AccessToken);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var key = (string)created.Body["key"]!;
        Assert.Matches("^sk_[0-9a-f]{64}$", key);
        Assert.Equal("secret", (string?)created.Body["apiKey"]!["kind"]);
        Assert.Equal(["deals:read", "*:create"], created.Body["apiKey"]!["scopes"]!.AsArray().Select(s => (string)s!));
        var row = Assert.Single(listed.Body.AsArray());
        Assert.Equal(key[..11], (string?)row!["prefix"]);
        Assert.StartsWith(key[..11] + "•", (string?)row["masked"], StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(key[11..], listed.Text, StringComparison.Ordinal);
        Assert.Null(row["keyHash"]);
    }

    [Fact]
    public async Task Secret_key_acts_as_the_organizations_top_role_with_its_scopes_and_environment()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["deals:*"]);

        var viaHeader = await host.GetAsync("probe/private", headers: new Dictionary<string, string> { ["X-API-Key"] = key });
        var viaBearer = await host.GetAsync("probe/private", key);

        foreach (var probe in new[] { viaHeader, viaBearer })
        {
            Assert.Equal(HttpStatusCode.OK, probe.Status);
            Assert.Equal("SecretKey", (string?)probe.Body["kind"]);
            Assert.Equal(owner.OrganizationId, (string?)probe.Body["activeOrgId"]);
            Assert.Equal(["owner"], probe.Body["roles"]!.AsArray().Select(r => (string)r!));
            Assert.Equal(["deals:*"], probe.Body["scopes"]!.AsArray().Select(r => (string)r!));
            Assert.Equal("dev", (string?)probe.Body["environment"]);
            Assert.Equal(owner.UserId, (string?)probe.Body["userId"]);
        }
    }

    [Fact]
    public async Task Publishable_key_of_an_admin_acts_with_the_least_privileged_role_not_its_creators()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var admin = await host.MemberAsync(owner, "adam@acme.test", "admin");
        var key = await host.CreateKeyAsync(admin.AccessToken, owner.OrganizationId!, "publishable", ["*:read"]);

        var probe = await host.GetAsync("probe/private", headers: new Dictionary<string, string> { ["X-API-Key"] = key });

        Assert.Equal("PublishableKey", (string?)probe.Body["kind"]);
        Assert.Equal(["member"], probe.Body["roles"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(admin.UserId, (string?)probe.Body["userId"]);
    }

    [Theory]
    [InlineData("*:*")]
    [InlineData("deals:create")]
    [InlineData("deals:*")]
    public async Task Creating_a_publishable_key_with_a_scope_beyond_reading_returns_400_VALIDATION_FAILED(string scope)
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();

        var response = await host.PostAsync($"organizations/{owner.OrganizationId}/api-keys",
            new { kind = "publishable", scopes = new[] { scope }, environment = "dev" }, owner.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ErrorCodes.ValidationFailed, (string?)response.Body["code"]);
        Assert.Contains("may only read", (string?)response.Body["details"]!["errors"]!["scopes"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_key_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", headers: new Dictionary<string, string> { ["X-API-Key"] = "sk_" + new string('a', 64) });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
        Assert.Equal("unknown API key", ErrorBodies.Reason(response));
    }

    [Fact]
    public async Task Malformed_key_returns_401_AUTH_INVALID_TOKEN_describing_the_expected_shape()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", "pk_short");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("64 lower-case hex", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task X_API_Key_header_holding_something_else_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", headers: new Dictionary<string, string> { ["X-API-Key"] = "eyJhbGciOi.abc.def" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(ErrorCodes.AuthInvalidToken, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Revoked_key_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var path = $"organizations/{owner.OrganizationId}/api-keys";
        var created = await host.PostAsync(path, new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" }, owner.AccessToken);
        var key = (string)created.Body["key"]!;

        var revoked = await host.SendAsync(HttpMethod.Delete, $"{path}/{(string)created.Body["apiKey"]!["id"]!}", bearer: owner.AccessToken);
        var response = await host.GetAsync("probe/public", key);

        Assert.Equal(HttpStatusCode.NoContent, revoked.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("the API key has been revoked", ErrorBodies.Reason(response));
        Assert.NotNull((await host.GetAsync(path, owner.AccessToken)).Body[0]!["revokedAt"]);
    }

    [Fact]
    public async Task Key_past_its_expiry_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["*:*"], expiresAt: host.Clock.GetUtcNow().UtcDateTime.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/public", key)).Status);

        host.Clock.Advance(TimeSpan.FromDays(2));
        var response = await host.GetAsync("probe/public", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.StartsWith("the API key expired at", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_of_another_environment_returns_401_AUTH_INVALID_TOKEN_naming_both_environments()
    {
        await using var host = await AuthTestHost.StartAsync(environment: "prod");
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["*:*"], environment: "staging");

        var response = await host.GetAsync("probe/public", headers: new Dictionary<string, string> { ["X-API-Key"] = key });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
        Assert.Equal("the API key belongs to the 'staging' environment and this API serves 'prod'", ErrorBodies.Reason(response));
    }

    [Fact]
    public async Task Key_with_an_organization_header_for_another_organization_returns_403_ACCESS_NO_ORG()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["*:*"]);

        var response = await host.GetAsync("probe/public", key, new Dictionary<string, string> { ["X-Organization-Id"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(ErrorCodes.AccessNoOrg, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Publishable_key_stops_working_when_its_creator_leaves_the_organization()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var admin = await host.MemberAsync(owner, "adam@acme.test", "admin");
        var key = await host.CreateKeyAsync(admin.AccessToken, owner.OrganizationId!, "publishable", ["*:read"]);
        using (var scope = host.Services().CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<AuthStore>();
            store.Memberships.RemoveRange(store.Memberships.Where(m => m.UserId == admin.UserId));
            await store.SaveChangesAsync();
        }

        var response = await host.GetAsync("probe/public", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("creator is no longer a member", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_member_may_not_create_or_list_keys()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var member = await host.MemberAsync(owner, "mia@acme.test", "member");
        var path = $"organizations/{owner.OrganizationId}/api-keys";

        var create = await host.PostAsync(path, new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" }, member.AccessToken);
        var list = await host.GetAsync(path, member.AccessToken);

        ErrorBodies.AssertFlat(create, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessRoleRequired, "POST", path);
        Assert.Equal(HttpStatusCode.Forbidden, list.Status);
    }

    [Fact]
    public async Task A_key_cannot_create_another_key()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var key = await host.CreateKeyAsync(owner.AccessToken, owner.OrganizationId!, "secret", ["*:*"]);

        var response = await host.PostAsync($"organizations/{owner.OrganizationId}/api-keys", new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" }, key);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(ErrorCodes.AccessRoleRequired, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Creating_a_key_with_a_bad_kind_scope_environment_and_past_expiry_returns_400_naming_each()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var path = $"organizations/{owner.OrganizationId}/api-keys";

        var response = await host.PostAsync(path, new
        {
            kind = "master",
            scopes = new[] { "invoices:read" },
            environment = "qa",
            expiresAt = host.Clock.GetUtcNow().AddDays(-1),
        }, owner.AccessToken);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationFailed, "POST", path);
        Assert.Equal(["environment", "expiresAt", "kind", "scopes"], response.Body["details"]!["fields"]!.AsArray().Select(f => (string)f!).Order());
    }

    [Fact]
    public async Task Revoking_a_key_of_another_organization_returns_404()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var eve = await host.OwnerAsync("eve@evil.test", "Evil");
        var created = await host.PostAsync($"organizations/{owner.OrganizationId}/api-keys",
            new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" }, owner.AccessToken);
        var keyId = (string)created.Body["apiKey"]!["id"]!;

        var response = await host.SendAsync(HttpMethod.Delete, $"organizations/{eve.OrganizationId}/api-keys/{keyId}", bearer: eve.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/public", (string)created.Body["key"]!)).Status);
    }
}
