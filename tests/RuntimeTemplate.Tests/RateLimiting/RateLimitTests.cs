using System.Net;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.RateLimiting;
using ApiStudio.Runtime.Tests.Authentication;

namespace ApiStudio.Runtime.Tests.RateLimiting;

/// <summary>Windows are a minute long and limits tiny, so the tests never wait for a window to pass.</summary>
public sealed class RateLimitTests
{
    private static Dictionary<string, string> FromIp(string ip) => new() { [AuthTestHost.ClientIpHeader] = ip };

    [Fact]
    public async Task Responses_carry_the_limit_and_what_remains_of_the_window()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 5, SignIn = 100 }));

        var first = await host.GetAsync("contacts");
        var second = await host.GetAsync("contacts");

        Assert.Equal("5", first.Header(ApiRateLimitMiddleware.LimitHeader));
        Assert.Equal("4", first.Header(ApiRateLimitMiddleware.RemainingHeader));
        Assert.Equal("3", second.Header(ApiRateLimitMiddleware.RemainingHeader));
        Assert.Contains(second.Body["trace"]!.AsArray(), s => ((string)s!).StartsWith("rateLimit Passed: ip:127.0.0.1: 3 of 5 read requests left", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_beyond_the_read_limit_returns_429_RATE_LIMITED_with_Retry_After_and_the_flat_body()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 2, SignIn = 100 }));
        await host.GetAsync("contacts");
        await host.GetAsync("contacts");

        var response = await host.GetAsync("contacts");

        ErrorBodies.AssertFlat(response, HttpStatusCode.TooManyRequests, ErrorLayer.RateLimit, ErrorCodes.RateLimited, "GET", "contacts");
        var retryAfter = int.Parse(response.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("2", response.Header(ApiRateLimitMiddleware.LimitHeader));
        Assert.Equal("0", response.Header(ApiRateLimitMiddleware.RemainingHeader));
        var details = response.Body["details"]!;
        Assert.Equal(2, (int)details["limit"]!);
        Assert.Equal("read", (string?)details["kind"]);
        Assert.Equal(retryAfter, (int)details["retryAfter"]!);
    }

    [Fact]
    public async Task Table_override_gives_that_table_its_own_limit_and_counter()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 3, SignIn = 100 }, dealsReadLimit: 1));

        var deals = await host.GetAsync("deals");
        var dealsAgain = await host.GetAsync("deals");
        var contacts = await host.GetAsync("contacts");

        Assert.Equal("1", deals.Header(ApiRateLimitMiddleware.LimitHeader));
        Assert.Equal(HttpStatusCode.TooManyRequests, dealsAgain.Status);
        Assert.Equal(HttpStatusCode.OK, contacts.Status);
        Assert.Equal("3", contacts.Header(ApiRateLimitMiddleware.LimitHeader));
        Assert.Equal("2", contacts.Header(ApiRateLimitMiddleware.RemainingHeader));
    }

    [Fact]
    public async Task Each_user_has_their_own_counter()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 1, SignIn = 100 }));
        var ann = (string)(await host.SignUpAsync("ann@example.com"))["accessToken"]!;
        var bob = (string)(await host.SignUpAsync("bob@example.com"))["accessToken"]!;

        await host.GetAsync("contacts", ann);
        var annAgain = await host.GetAsync("contacts", ann);
        var bobFirst = await host.GetAsync("contacts", bob);

        Assert.Equal(HttpStatusCode.TooManyRequests, annAgain.Status);
        Assert.Equal(HttpStatusCode.OK, bobFirst.Status);
    }

    [Fact]
    public async Task Anonymous_callers_are_counted_per_client_address()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 1, SignIn = 100 }));

        await host.GetAsync("contacts", headers: FromIp("10.0.0.1"));
        var sameAddress = await host.GetAsync("contacts", headers: FromIp("10.0.0.1"));
        var otherAddress = await host.GetAsync("contacts", headers: FromIp("10.0.0.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.Status);
        Assert.Equal(HttpStatusCode.OK, otherAddress.Status);
    }

    [Fact]
    public async Task Kinds_are_counted_separately()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 1, Create = 2, SignIn = 100 }));
        var owner = await host.OwnerAsync();
        await host.GetAsync("contacts", owner.AccessToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.GetAsync("contacts", owner.AccessToken)).Status);

        // The owner's first organization spent one of the two creates.
        var create = await host.PostAsync("organizations", new { name = "Beta" }, owner.AccessToken);
        var createAgain = await host.PostAsync("organizations", new { name = "Gamma" }, owner.AccessToken);

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, createAgain.Status);
        Assert.Equal("create", (string?)createAgain.Body["details"]!["kind"]);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_return_429_AUTH_RATE_LIMITED_per_client_address()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { SignIn = 3 }));
        var attacker = FromIp("203.0.113.9");
        for (var i = 0; i < 3; i++)
        {
            var attempt = await host.PostAsync("auth/signin", new { email = "ann@example.com", password = "guess " + i }, headers: attacker);
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.Status);
        }

        var blocked = await host.PostAsync("auth/signin", new { email = "ann@example.com", password = "guess 4" }, headers: attacker);
        var elsewhere = await host.PostAsync("auth/signin", new { email = "ann@example.com", password = "guess 5" }, headers: FromIp("198.51.100.7"));

        ErrorBodies.AssertFlat(blocked, HttpStatusCode.TooManyRequests, ErrorLayer.Authentication, ErrorCodes.AuthRateLimited, "POST", "auth/signin");
        Assert.NotNull(blocked.Header("Retry-After"));
        Assert.Equal("[REDACTED]", (string?)System.Text.Json.Nodes.JsonNode.Parse((string)blocked.Body["request"]!["body"]!)!["password"]);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.Status);
    }

    [Fact]
    public async Task Sign_up_sign_in_and_refresh_share_the_sign_in_counter()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { SignIn = 2 }));
        var signUp = await host.SignUpAsync("ann@example.com");
        await host.SignInAsync("ann@example.com");

        var refresh = await host.PostAsync("auth/refresh", new { refreshToken = (string)signUp["refreshToken"]! });

        Assert.Equal(HttpStatusCode.TooManyRequests, refresh.Status);
        Assert.Equal(ErrorCodes.AuthRateLimited, (string?)refresh.Body["code"]);
    }

    [Fact]
    public async Task Limit_of_zero_means_the_kind_is_not_limited()
    {
        await using var host = await AuthTestHost.StartAsync(TestApis.Crm(new RateLimitSettings { Read = 0, SignIn = 100 }));

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.GetAsync("contacts")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Null(responses[0].Header(ApiRateLimitMiddleware.LimitHeader));
    }
}
