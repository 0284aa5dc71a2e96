using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 1: every authentication code, through real requests, in every dialect.</summary>
public abstract class AuthenticationErrorTests(ContractApis apis) : ContractTests(apis)
{
    private const string WrongPassword = "not the password at all";

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Anonymous_list_returns_401_AUTH_MISSING(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.GetAsync("/companies");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(401, "authentication", "AUTH_MISSING", "Authentication required", "auth/missing-authorization-header")
            {
                Hint = "Include Authorization header with Bearer token",
            },
            ExpectedEcho.Get($"{api.Base}/companies"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Garbage_bearer_token_returns_401_AUTH_INVALID_TOKEN_with_the_reason(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.GetAsync("/companies",
            r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token"));

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(401, "authentication", "AUTH_INVALID_TOKEN", "Invalid authentication token", "auth/invalid-access-token")
            {
                Details = new JsonObject { ["reason"] = "the bearer token is neither a JWT nor a pk_/sk_ API key" },
                Hint = "Sign in again to get a new token",
            },
            ExpectedEcho.Get($"{api.Base}/companies"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Access_token_past_its_lifetime_returns_401_AUTH_EXPIRED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var lifetime = TimeSpan.FromMinutes(api.Api.Definition.Project.AccessTokenLifetimeMinutes) + TimeSpan.FromMinutes(1);

        // The collection runs its tests one at a time, so moving this API's clock affects this test alone.
        api.Clock.Advance(lifetime);
        HttpResponseMessage response;
        try
        {
            response = await api.Viewer.GetAsync("/companies");
        }
        finally
        {
            api.Clock.Advance(-lifetime);
        }

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(401, "authentication", "AUTH_EXPIRED", "Authentication token has expired", "auth/access-token-expired")
            {
                Hint = "Use your refresh token to get a new access token, or sign in again",
            },
            ExpectedEcho.Get($"{api.Base}/companies"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Wrong_password_returns_401_AUTH_INVALID_CREDENTIALS_with_the_password_redacted(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await SignInAsync(api, api.Viewer.Email, WrongPassword, api.NewClientAddress());

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(401, "authentication", "AUTH_INVALID_CREDENTIALS", "Invalid email or password", "auth/invalid-credentials")
            {
                Hint = "Check the email and password",
            },
            ExpectedEcho.Post($"{api.Base}/auth/signin", $$"""{"email":"{{api.Viewer.Email}}","password":"[REDACTED]"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Sign_up_with_a_registered_email_returns_409_AUTH_EMAIL_TAKEN(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.SendAsync(HttpMethod.Post, "/auth/signup", new { email = api.Viewer.Email, password = TestApi.Password },
            r => r.Headers.Add(ClientAddresses.Header, api.NewClientAddress()));

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(409, "authentication", "AUTH_EMAIL_TAKEN", "Email is already registered", "auth/email-already-exists")
            {
                Hint = "Sign in instead, or use another email",
            },
            ExpectedEcho.Post($"{api.Base}/auth/signup", $$"""{"email":"{{api.Viewer.Email}}","password":"[REDACTED]"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Sign_in_beyond_the_limit_per_address_returns_429_AUTH_RATE_LIMITED_with_Retry_After(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var address = api.NewClientAddress();
        for (var attempt = 0; attempt < ContractDefinition.SignInLimit; attempt++)
        {
            await Expect.StatusAsync(await SignInAsync(api, "nobody@example.test", WrongPassword, address), 401);
        }

        var response = await ContractResponse.ReadAsync(await SignInAsync(api, "nobody@example.test", WrongPassword, address));

        var retryAfter = RateLimitHeaders.Assert(response, ContractDefinition.SignInLimit);
        ErrorContract.Assert(response, dialect,
            new ExpectedError(429, "authentication", "AUTH_RATE_LIMITED", "Too many authentication attempts", "auth/too-many-login-attempts")
            {
                Details = new JsonObject { ["retryAfter"] = retryAfter },
                Hint = $"Wait {retryAfter.ToString(CultureInfo.InvariantCulture)} seconds before trying again",
            },
            ExpectedEcho.Post($"{api.Base}/auth/signin", """{"email":"nobody@example.test","password":"[REDACTED]"}"""));
    }

    private static Task<HttpResponseMessage> SignInAsync(ContractApi api, string email, string password, string clientAddress) =>
        api.Anonymous.SendAsync(HttpMethod.Post, "/auth/signin", new { email, password },
            r => r.Headers.Add(ClientAddresses.Header, clientAddress));
}

[Collection(SqliteContractApis.Collection)]
public sealed class AuthenticationErrorTestsOnSqlite(SqliteContractApis apis) : AuthenticationErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class AuthenticationErrorTestsOnPostgres(PostgresContractApis apis) : AuthenticationErrorTests(apis);
