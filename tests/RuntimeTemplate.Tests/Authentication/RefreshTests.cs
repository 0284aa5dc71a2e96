using System.Net;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class RefreshTests
{
    [Fact]
    public async Task Refresh_returns_a_new_token_pair_and_the_new_access_token_works()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");

        var response = await host.PostAsync("auth/refresh", new { refreshToken = (string)signUp["refreshToken"]! });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEqual((string?)signUp["refreshToken"], (string?)response.Body["refreshToken"]);
        Assert.Equal("Bearer", (string?)response.Body["tokenType"]);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/private", (string)response.Body["accessToken"]!)).Status);
    }

    [Fact]
    public async Task Reusing_a_spent_refresh_token_returns_401_AUTH_INVALID_TOKEN_and_revokes_the_whole_chain()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");
        var first = (string)signUp["refreshToken"]!;
        var rotated = (await host.PostAsync("auth/refresh", new { refreshToken = first })).Body;

        var reuse = await host.PostAsync("auth/refresh", new { refreshToken = first });

        ErrorBodies.AssertFlat(reuse, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "POST", "auth/refresh");
        Assert.Contains("already used", ErrorBodies.Reason(reuse), StringComparison.Ordinal);
        Assert.Equal("[REDACTED]", (string?)System.Text.Json.Nodes.JsonNode.Parse((string)reuse.Body["request"]!["body"]!)!["refreshToken"]);
        var successor = await host.PostAsync("auth/refresh", new { refreshToken = (string)rotated["refreshToken"]! });
        Assert.Equal(HttpStatusCode.Unauthorized, successor.Status);
        Assert.Equal(ErrorCodes.AuthInvalidToken, (string?)successor.Body["code"]);
        var access = await host.GetAsync("probe/private", (string)rotated["accessToken"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, access.Status);
        Assert.Contains("revoked", ErrorBodies.Reason(access), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_with_an_unknown_token_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/refresh", new { refreshToken = "made-up" });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "POST", "auth/refresh");
        Assert.Equal("unknown refresh token", ErrorBodies.Reason(response));
    }

    [Fact]
    public async Task Refresh_after_the_session_lifetime_returns_401_AUTH_EXPIRED()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");

        host.Clock.Advance(TimeSpan.FromDays(7));
        var response = await host.PostAsync("auth/refresh", new { refreshToken = (string)signUp["refreshToken"]! });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthExpired, "POST", "auth/refresh");
    }

    [Fact]
    public async Task Refresh_ignores_an_expired_access_token_still_sent_in_the_Authorization_header()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");
        host.Clock.Advance(TimeSpan.FromHours(1));

        var response = await host.PostAsync("auth/refresh", new { refreshToken = (string)signUp["refreshToken"]! }, (string)signUp["accessToken"]!);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Refresh_with_organizationId_switches_the_active_organization_of_the_new_access_token()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var second = await host.CreateOrganizationAsync(owner.AccessToken, "Beta");

        var response = await host.PostAsync("auth/refresh", new { refreshToken = owner.RefreshToken, organizationId = second });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(second, (string?)response.Body["activeOrganizationId"]);
        var probe = await host.GetAsync("probe/private", (string)response.Body["accessToken"]!);
        Assert.Equal(second, (string?)probe.Body["activeOrgId"]);
        Assert.Equal("owner", (string?)probe.Body["roles"]![0]);
    }

    [Fact]
    public async Task Refresh_into_an_organization_the_user_is_not_in_returns_403_ACCESS_NO_ORG_and_leaves_the_token_unspent()
    {
        await using var host = await AuthTestHost.StartAsync();
        var owner = await host.OwnerAsync();
        var stranger = await host.OwnerAsync("stranger@other.test", "Other");

        var response = await host.PostAsync("auth/refresh", new { refreshToken = stranger.RefreshToken, organizationId = owner.OrganizationId });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Forbidden, ErrorLayer.Access, ErrorCodes.AccessNoOrg, "POST", "auth/refresh");
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync("auth/refresh", new { refreshToken = stranger.RefreshToken })).Status);
    }
}
