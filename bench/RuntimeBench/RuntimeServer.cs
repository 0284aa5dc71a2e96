using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApiStudio.RuntimeBench;

/// <summary>
/// The runtime serving a definition on Kestrel (real HTTP, a free loopback port) over a SQLite file: the
/// same AddApiRuntime/UseApiRuntime an exported project's Program.cs calls, with the simulator's
/// property-bag table model.
/// </summary>
public sealed class RuntimeServer : IAsyncDisposable
{
    private RuntimeServer(WebApplication app, ApiDefinition definition)
    {
        App = app;
        Definition = definition;
        Origin = app.Urls.Single();
    }

    public WebApplication App { get; }

    public ApiDefinition Definition { get; }

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public string Origin { get; }

    /// <summary>Where the table endpoints live: <c>{origin}{basePath}</c>.</summary>
    public string BaseUrl => Origin + Definition.Project.BasePath;

    /// <summary>
    /// The sample with rate limits far above what the load can reach: the limiter still counts every request
    /// (its cost is part of the pipeline) but never answers 429 during a run.
    /// </summary>
    public static ApiDefinition LoadSample(string path)
    {
        var parsed = DefinitionJson.Parse(File.ReadAllText(path));
        var definition = parsed.Definition ?? throw new InvalidOperationException($"{path} does not parse: {string.Join("; ", parsed.Diagnostics)}");
        var unlimited = new RateLimitSettings { Read = 1_000_000_000, Create = 1_000_000_000, Update = 1_000_000_000, Delete = 1_000_000_000, SignIn = 1_000 };
        return definition with { Project = definition.Project with { RateLimits = unlimited } };
    }

    public static async Task<RuntimeServer> StartAsync(ApiDefinition definition, string databaseFile, string signingKey)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var options = new RuntimeOptions { Definition = definition, SigningKey = signingKey };
        var connectionString = BenchFolder.ConnectionString(databaseFile);
        builder.Services.AddApiRuntime(options, new PropertyBagTableModel(definition), database => database.UseSqlite(connectionString));
        var app = builder.Build();
        app.UseApiRuntime();
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiDbContext>().Database.EnsureCreatedAsync();
        }

        BenchFolder.UseWal(databaseFile);
        await app.StartAsync();
        return new RuntimeServer(app, definition);
    }

    /// <summary>
    /// An organization (its owner signs up and creates it) and a second user added to it with
    /// <paramref name="role"/>, signed in to it: the persona every measured request is sent as.
    /// </summary>
    public async Task<SignedInUser> SignInMemberAsync(string role, string password = "correct horse battery staple")
    {
        using var client = new HttpClient();
        var ownerEmail = $"owner-{Guid.NewGuid():N}@bench.test";
        var owner = await PostAsync(client, "/auth/signup", new { email = ownerEmail, password }, null);
        var organization = await PostAsync(client, "/organizations", new { name = "Bench Org" }, owner["accessToken"]!.GetValue<string>());
        var organizationId = organization["id"]!.GetValue<string>();

        var memberEmail = $"{role}-{Guid.NewGuid():N}@bench.test";
        await PostAsync(client, "/auth/signup", new { email = memberEmail, password }, null);
        await PostAsync(client, $"/organizations/{organizationId}/members", new { email = memberEmail, role }, owner["accessToken"]!.GetValue<string>());
        var member = await PostAsync(client, "/auth/signin", new { email = memberEmail, password, organizationId }, null);
        return new SignedInUser(member["user"]!["id"]!.GetValue<string>(), organizationId, role, member["accessToken"]!.GetValue<string>());
    }

    private async Task<JsonObject> PostAsync(HttpClient client, string path, object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
