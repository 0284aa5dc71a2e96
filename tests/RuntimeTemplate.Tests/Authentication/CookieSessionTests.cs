using System.Net;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class CookieSessionTests
{
    private static string CookieOf(ApiResponse response) =>
        response.SetCookies.Single(c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal)).Split(';')[0];

    [Fact]
    public async Task Session_cookie_authenticates_requests_without_a_bearer_token()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.PostAsync("auth/signup", new { email = "ann@example.com", password = AuthTestHost.Password });

        var probe = await host.GetAsync("probe/private", headers: new Dictionary<string, string> { ["Cookie"] = CookieOf(signUp) });

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Equal("User", (string?)probe.Body["kind"]);
        Assert.Equal("ann@example.com", (string?)probe.Body["email"]);
        Assert.Contains(probe.Body["trace"]!.AsArray(), step => ((string)step!).Contains("valid session cookie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_cookie_stays_valid_for_the_session_lifetime_then_returns_401_AUTH_EXPIRED_and_is_cleared()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.PostAsync("auth/signup", new { email = "ann@example.com", password = AuthTestHost.Password });
        var cookie = new Dictionary<string, string> { ["Cookie"] = CookieOf(signUp) };

        host.Clock.Advance(TimeSpan.FromDays(6.9));
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/private", headers: cookie)).Status);
        host.Clock.Advance(TimeSpan.FromDays(0.2));
        var response = await host.GetAsync("probe/private", headers: cookie);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthExpired, "GET", "probe/private");
        Assert.Contains(response.SetCookies, c => c.StartsWith(SessionCookie.Name + "=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_session_cookie_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", headers: new Dictionary<string, string> { ["Cookie"] = SessionCookie.Name + "=forged" });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
    }

    [Fact]
    public async Task Session_cookie_of_a_signed_out_session_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.PostAsync("auth/signup", new { email = "ann@example.com", password = AuthTestHost.Password });
        var cookie = new Dictionary<string, string> { ["Cookie"] = CookieOf(signUp) };
        Assert.Equal(HttpStatusCode.NoContent, (await host.PostAsync("auth/signout", null, headers: cookie)).Status);

        var response = await host.GetAsync("probe/private", headers: cookie);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("signed out", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_token_takes_precedence_over_the_session_cookie()
    {
        await using var host = await AuthTestHost.StartAsync();
        var ann = await host.PostAsync("auth/signup", new { email = "ann@example.com", password = AuthTestHost.Password });
        var bob = await host.SignUpAsync("bob@example.com");

        var probe = await host.GetAsync("probe/private", (string)bob["accessToken"]!, new Dictionary<string, string> { ["Cookie"] = CookieOf(ann) });

        Assert.Equal("bob@example.com", (string?)probe.Body["email"]);
    }
}
