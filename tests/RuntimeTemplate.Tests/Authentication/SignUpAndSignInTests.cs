using System.Net;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class SignUpAndSignInTests
{
    [Fact]
    public async Task Sign_up_returns_201_with_bearer_tokens_and_an_HttpOnly_SameSite_Lax_session_cookie()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signup", new { email = "Ann@Example.com ", password = AuthTestHost.Password, name = "Ann" });

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var body = response.Body;
        Assert.Equal("Bearer", (string?)body["tokenType"]);
        Assert.Equal(15 * 60, (int)body["expiresIn"]!);
        Assert.Equal(3, ((string)body["accessToken"]!).Split('.').Length);
        Assert.False(string.IsNullOrEmpty((string?)body["refreshToken"]));
        Assert.Equal("ann@example.com", (string?)body["user"]!["email"]);
        Assert.Equal("Ann", (string?)body["user"]!["name"]);
        Assert.Null(body["user"]!["passwordHash"]);
        Assert.Null(body["activeOrganizationId"]);
        var cookie = Assert.Single(response.SetCookies);
        Assert.StartsWith(SessionCookie.Name + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_cookie_is_Secure_when_the_request_came_over_https()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "auth/signup", new { email = "ann@example.com", password = AuthTestHost.Password }, scheme: "https");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Contains("secure", Assert.Single(response.SetCookies), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_up_with_an_email_taken_in_another_case_returns_409_AUTH_EMAIL_TAKEN()
    {
        await using var host = await AuthTestHost.StartAsync();
        await host.SignUpAsync("ann@example.com");

        var response = await host.PostAsync("auth/signup", new { email = "ANN@example.com", password = AuthTestHost.Password });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Conflict, ErrorLayer.Authentication, ErrorCodes.AuthEmailTaken, "POST", "auth/signup");
        Assert.Equal("[REDACTED]", (string?)System.Text.Json.Nodes.JsonNode.Parse((string)response.Body["request"]!["body"]!)!["password"]);
    }

    [Fact]
    public async Task Sign_up_with_a_short_password_and_an_invalid_email_returns_400_VALIDATION_FAILED_naming_both()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signup", new { email = "not-an-email", password = "short" });

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationFailed, "POST", "auth/signup");
        var errors = response.Body["details"]!["errors"]!;
        Assert.Contains("email", (string?)errors["email"], StringComparison.Ordinal);
        Assert.Contains("at least 8", (string?)errors["password"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_returns_401_AUTH_INVALID_CREDENTIALS_and_echoes_the_password_redacted()
    {
        await using var host = await AuthTestHost.StartAsync();
        await host.SignUpAsync("ann@example.com");

        var response = await host.PostAsync("auth/signin", new { email = "ann@example.com", password = "wrong password!" });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidCredentials, "POST", "auth/signin");
        var echoed = (string)response.Body["request"]!["body"]!;
        Assert.Contains("\"password\":\"[REDACTED]\"", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong password!", response.Text, StringComparison.Ordinal);
        Assert.Contains("ann@example.com", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_with_an_unknown_email_returns_the_same_401_as_a_wrong_password()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signin", new { email = "nobody@example.com", password = AuthTestHost.Password });

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthInvalidCredentials, "POST", "auth/signin");
    }

    [Fact]
    public async Task Sign_in_returns_an_access_token_that_authenticates_the_user()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");

        var signIn = await host.SignInAsync("ANN@example.com");
        var probe = await host.GetAsync("probe/private", (string)signIn["accessToken"]!);

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Equal("User", (string?)probe.Body["kind"]);
        Assert.Equal((string?)signUp["user"]!["id"], (string?)probe.Body["userId"]);
        Assert.Equal("ann@example.com", (string?)probe.Body["email"]);
        Assert.Contains(probe.Body["trace"]!.AsArray(), step => ((string)step!).StartsWith("authentication Passed: valid access token", StringComparison.Ordinal));
    }
}
