using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Runtime.Tests.Pipeline;

/// <summary>
/// One API from a definition on a test server over an in-memory SQLite database, with personas:
/// users signed in to an organization with a role, and anonymous callers.
/// </summary>
public sealed class TestApi : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private readonly WebApplication app;
    private readonly TestDatabase database;

    private TestApi(WebApplication app, TestDatabase database, ApiDefinition definition)
    {
        this.app = app;
        this.database = database;
        Definition = definition;
        Client = app.GetTestClient();
    }

    public ApiDefinition Definition { get; }

    public HttpClient Client { get; }

    public string Base => Definition.Project.BasePath;

    public static ApiDefinition Sample(string sample) =>
        DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, sample))).Definition!;

    public static Task<TestApi> StartSampleAsync(string sample, DatabaseKind kind = DatabaseKind.Sqlite) => StartAsync(Sample(sample), kind);

    public static async Task<TestApi> StartAsync(ApiDefinition definition, DatabaseKind kind = DatabaseKind.Sqlite,
        Action<IServiceCollection>? services = null, Func<RuntimeOptions, RuntimeOptions>? options = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var runtimeOptions = new RuntimeOptions { Definition = definition, SigningKey = new string('k', 48) };
        builder.Services.AddApiRuntime(options?.Invoke(runtimeOptions) ?? runtimeOptions, new PropertyBagTableModel(definition), database.Configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseApiRuntime();
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiDbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        return new TestApi(app, database, definition);
    }

    /// <summary>Signs up a new user and returns a client that sends the user's token.</summary>
    public async Task<Persona> SignUpAsync(string email)
    {
        var response = await Client.PostAsJsonAsync($"{Base}/auth/signup", new { email, password = Password });
        await Expect.StatusAsync(response, 201);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return new Persona(this, email, body["user"]!["id"]!.GetValue<string>(), body["accessToken"]!.GetValue<string>(), null, []);
    }

    /// <summary>A new organization owned by a new user, and that owner signed in to it.</summary>
    public async Task<(string OrgId, Persona Owner)> CreateOrganizationAsync(string name)
    {
        var owner = await SignUpAsync($"owner-{Guid.NewGuid():N}@{name}.test");
        var response = await owner.PostAsync("/organizations", new { name });
        await Expect.StatusAsync(response, 201);
        var orgId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        return (orgId, await SignInAsync(owner.Email, orgId));
    }

    /// <summary>A new user with <paramref name="role"/> in the organization, signed in to it.</summary>
    public async Task<Persona> MemberAsync(string orgId, Persona owner, string role)
    {
        var user = await SignUpAsync($"{role}-{Guid.NewGuid():N}@example.test");
        var response = await owner.PostAsync($"/organizations/{orgId}/members", new { email = user.Email, role });
        await Expect.StatusAsync(response, 201);
        return await SignInAsync(user.Email, orgId);
    }

    public async Task<Persona> SignInAsync(string email, string orgId)
    {
        var response = await Client.PostAsJsonAsync($"{Base}/auth/signin", new { email, password = Password, organizationId = orgId });
        await Expect.StatusAsync(response, 200);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var roles = body["roles"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        return new Persona(this, email, body["user"]!["id"]!.GetValue<string>(), body["accessToken"]!.GetValue<string>(), orgId, roles);
    }

    public Persona Anonymous => new(this, "", "", null, null, []);

    /// <summary>Runs SQL on the API's database, for tests that need the database itself to refuse a write (a trigger).</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ApiDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
        await database.DisposeAsync();
    }
}
