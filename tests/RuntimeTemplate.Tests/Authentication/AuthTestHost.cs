using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>
/// The authentication and rate-limit layers in a TestServer, in the pipeline order the runtime uses (error
/// middleware, authentication, rate limit, endpoints), on an in-memory SQLite database, with probe routes
/// that echo the caller.
/// </summary>
public sealed class AuthTestHost : IAsyncDisposable
{
    public const string BasePath = "/api/v1";
    public const string Password = "correct horse battery";
    public const string SigningKey = "test-signing-key-that-is-at-least-32-bytes-long";
    public const string ClientIpHeader = "X-Test-Client-Ip";

    private readonly WebApplication app;
    private readonly SqliteConnection connection;

    private AuthTestHost(WebApplication app, SqliteConnection connection, RuntimeOptions options, MovableClock clock)
    {
        this.app = app;
        this.connection = connection;
        Options = options;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public RuntimeOptions Options { get; }

    public MovableClock Clock { get; }

    public IServiceProvider Services() => app.Services;

    public static async Task<AuthTestHost> StartAsync(ApiDefinition? definition = null, string environment = "dev")
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var clock = new MovableClock();
        var options = new RuntimeOptions
        {
            Definition = definition ?? TestApis.Crm(),
            SigningKey = SigningKey,
            Environment = environment,
            Clock = clock,
        };

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ErrorResponder>();
        builder.Services.AddDbContext<AuthTestDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddApiAuthentication<AuthTestDbContext>();
        builder.Services.AddApiRateLimiting();

        // PBKDF2 at full cost makes every sign-up ~100 ms; the tests check the flow, not the work factor.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[ClientIpHeader].FirstOrDefault() ?? "127.0.0.1");
            return next(context);
        });
        app.UseMiddleware<ErrorMiddleware>();
        app.UseApiAuthentication();
        app.UseApiRateLimiting();

        var api = app.MapGroup(BasePath);
        api.MapAuthEndpoints();
        api.MapGet("probe/public", (HttpContext context) => Results.Json(Describe(context)));
        api.MapGet("probe/private", (HttpContext context) =>
        {
            context.RequireAuthenticated();
            return Results.Json(Describe(context));
        });
        api.MapGet("deals", (HttpContext context) => Results.Json(Describe(context))).WithMetadata(new RateLimitedOperation("read", "deals"));
        api.MapGet("contacts", (HttpContext context) => Results.Json(Describe(context))).WithMetadata(new RateLimitedOperation("list", "contacts"));

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuthTestDbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        return new AuthTestHost(app, connection, options, clock);
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = null,
        IReadOnlyDictionary<string, string>? headers = null, string scheme = "http")
    {
        using var request = new HttpRequestMessage(method, $"{scheme}://localhost{BasePath}/{path}");
        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (content.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            json = JsonNode.Parse(content);
        }

        return new ApiResponse(response.StatusCode, response.Headers, json, content);
    }

    public Task<ApiResponse> PostAsync(string path, object? body, string? bearer = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, body, bearer, headers);

    public Task<ApiResponse> GetAsync(string path, string? bearer = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, path, null, bearer, headers);

    /// <summary>Signs a new user up and returns the sign-up body (tokens, user).</summary>
    public async Task<JsonNode> SignUpAsync(string email, string password = Password)
    {
        var response = await PostAsync("auth/signup", new { email, password });
        Assert.True(response.Status == HttpStatusCode.Created, response.Text);
        return response.Body;
    }

    public async Task<JsonNode> SignInAsync(string email, string password = Password, string? organizationId = null)
    {
        var response = await PostAsync("auth/signin", new { email, password, organizationId });
        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        return response.Body;
    }

    public async Task<string> CreateOrganizationAsync(string accessToken, string name)
    {
        var response = await PostAsync("organizations", new { name }, accessToken);
        Assert.True(response.Status == HttpStatusCode.Created, response.Text);
        return (string)response.Body["id"]!;
    }

    public async Task AddMemberAsync(string accessToken, string organizationId, string email, string role)
    {
        var response = await PostAsync($"organizations/{organizationId}/members", new { email, role }, accessToken);
        Assert.True(response.Status == HttpStatusCode.Created, response.Text);
    }

    public async Task<string> CreateKeyAsync(string accessToken, string organizationId, string kind, string[] scopes, string environment = "dev",
        DateTime? expiresAt = null)
    {
        var response = await PostAsync($"organizations/{organizationId}/api-keys", new { kind, scopes, environment, expiresAt }, accessToken);
        Assert.True(response.Status == HttpStatusCode.Created, response.Text);
        return (string)response.Body["key"]!;
    }

    /// <summary>An owner with a fresh organization, signed in with it active.</summary>
    public async Task<Persona> OwnerAsync(string email = "owner@acme.test", string organization = "Acme")
    {
        var signUp = await SignUpAsync(email);
        var organizationId = await CreateOrganizationAsync((string)signUp["accessToken"]!, organization);
        var signIn = await SignInAsync(email);
        return Persona.From(signIn, organizationId);
    }

    /// <summary>A user the owner added to the organization with <paramref name="role"/>, signed in with it active.</summary>
    public async Task<Persona> MemberAsync(Persona owner, string email, string role)
    {
        await SignUpAsync(email);
        await AddMemberAsync(owner.AccessToken, owner.OrganizationId!, email, role);
        return Persona.From(await SignInAsync(email), owner.OrganizationId);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static object Describe(HttpContext context)
    {
        var caller = context.GetCaller();
        return new
        {
            kind = caller.Kind.ToString(),
            userId = caller.UserId,
            email = caller.Email,
            activeOrgId = caller.ActiveOrgId,
            roles = caller.Roles,
            apiKeyId = caller.ApiKeyId,
            scopes = caller.Scopes,
            environment = caller.Environment,
            trace = context.Trace().Steps.Select(s => $"{s.Layer} {s.Outcome}: {s.Reason}").ToList(),
        };
    }
}
