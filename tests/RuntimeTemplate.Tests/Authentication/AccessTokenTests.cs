using System.Net;
using System.Text;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class AccessTokenTests
{
    [Fact]
    public async Task Route_that_requires_a_caller_returns_401_AUTH_MISSING_without_credentials()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/private");

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthMissing, "GET", "probe/private");
    }

    [Fact]
    public async Task Public_route_without_credentials_runs_as_the_anonymous_caller()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Anonymous", (string?)response.Body["kind"]);
        Assert.Contains(response.Body["trace"]!.AsArray(), step => ((string)step!).StartsWith("authentication Passed: the request carries no credentials", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Garbage_bearer_token_returns_401_AUTH_INVALID_TOKEN_with_a_reason()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", "not-a-token");

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
        Assert.Contains("neither a JWT nor", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_signed_with_another_key_returns_401_AUTH_INVALID_TOKEN_naming_the_signature()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");
        var forger = new AccessTokens(new RuntimeOptions
        {
            Definition = host.Options.Definition,
            SigningKey = "another-signing-key-that-is-at-least-32-bytes",
            Clock = host.Clock,
        });
        var forged = forger.Issue(new AccessTokenClaims((string)signUp["user"]!["id"]!, "ann@example.com", Guid.NewGuid().ToString(), null));

        var response = await host.GetAsync("probe/public", forged);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
        Assert.Contains("signature", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "api-studio:crm",
            Audience = "api-studio:crm",
            Claims = new Dictionary<string, object> { ["sub"] = "someone", ["sid"] = "chain" },
            Expires = DateTime.UtcNow.AddYears(10),
        });

        var response = await host.GetAsync("probe/public", unsigned);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
    }

    [Fact]
    public async Task Access_token_past_its_lifetime_returns_401_AUTH_EXPIRED()
    {
        await using var host = await AuthTestHost.StartAsync();
        var token = (string)(await host.SignUpAsync("ann@example.com"))["accessToken"]!;
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/private", token)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var response = await host.GetAsync("probe/private", token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthExpired, "GET", "probe/private");
    }

    [Fact]
    public async Task Expired_token_fails_even_on_a_public_route_because_a_presented_credential_must_be_valid()
    {
        await using var host = await AuthTestHost.StartAsync();
        var token = (string)(await host.SignUpAsync("ann@example.com"))["accessToken"]!;
        host.Clock.Advance(TimeSpan.FromHours(1));

        var response = await host.GetAsync("probe/public", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(ErrorCodes.AuthExpired, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Authorization_header_with_another_scheme_returns_401_AUTH_INVALID_TOKEN()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.GetAsync("probe/public", headers: new Dictionary<string, string>
        {
            ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:secret")),
        });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken, "GET", "probe/public");
        Assert.Contains("'Basic' scheme", ErrorBodies.Reason(response), StringComparison.Ordinal);
    }

    [Fact]
    public void Signing_key_shorter_than_32_bytes_is_refused_at_start_up()
    {
        var options = new RuntimeOptions { Definition = TestApis.Crm(), SigningKey = "too-short" };

        var exception = Assert.Throws<InvalidOperationException>(() => new AccessTokens(options));

        Assert.Contains("32 bytes", exception.Message, StringComparison.Ordinal);
    }
}
