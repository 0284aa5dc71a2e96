using System.Net;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

public sealed class SignOutTests
{
    [Fact]
    public async Task Sign_out_revokes_the_sign_in_so_its_access_and_refresh_tokens_stop_working_and_clears_the_cookie()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");
        var accessToken = (string)signUp["accessToken"]!;

        var response = await host.PostAsync("auth/signout", null, accessToken);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        var cleared = Assert.Single(response.SetCookies);
        Assert.StartsWith(SessionCookie.Name + "=;", cleared, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
        var access = await host.GetAsync("probe/private", accessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, access.Status);
        Assert.Equal(ErrorCodes.AuthInvalidToken, (string?)access.Body["code"]);
        var refresh = await host.PostAsync("auth/refresh", new { refreshToken = (string)signUp["refreshToken"]! });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.Status);
    }

    [Fact]
    public async Task Sign_out_with_only_a_refresh_token_in_the_body_revokes_its_sign_in()
    {
        await using var host = await AuthTestHost.StartAsync();
        var signUp = await host.SignUpAsync("ann@example.com");

        var response = await host.PostAsync("auth/signout", new { refreshToken = (string)signUp["refreshToken"]! });

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("probe/private", (string)signUp["accessToken"]!)).Status);
    }

    [Fact]
    public async Task Sign_out_without_credentials_returns_401_AUTH_MISSING()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signout", null);

        ErrorBodies.AssertFlat(response, HttpStatusCode.Unauthorized, ErrorLayer.Authentication, ErrorCodes.AuthMissing, "POST", "auth/signout");
    }

    [Fact]
    public async Task Sign_out_ends_only_its_own_sign_in()
    {
        await using var host = await AuthTestHost.StartAsync();
        var laptop = await host.SignUpAsync("ann@example.com");
        var phone = await host.SignInAsync("ann@example.com");

        await host.PostAsync("auth/signout", null, (string)laptop["accessToken"]!);

        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("probe/private", (string)phone["accessToken"]!)).Status);
    }
}
