using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// The design running in-process: the runtime's own pipeline (the code an export carries) on a test
/// server over an in-memory SQLite database seeded with two organizations. Requests go through the real
/// middleware and endpoints; the decision trace is read from the request once it has run.
/// </summary>
public sealed class Sandbox : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SqliteConnection connection;
    private readonly SandboxSeed seed;
    private readonly AccessTokens tokens;
    private readonly AccessTokens expiredTokens;
    private readonly List<SandboxPersona> personas;

    private Sandbox(WebApplication app, SqliteConnection connection, SandboxSeed seed, RuntimeOptions options)
    {
        this.app = app;
        this.connection = connection;
        this.seed = seed;
        Definition = options.Definition;
        tokens = new AccessTokens(options);
        expiredTokens = new AccessTokens(new RuntimeOptions
        {
            Definition = options.Definition,
            SigningKey = options.SigningKey,
            Clock = new ShiftedClock(-TimeSpan.FromDays(1)),
        });
        personas =
        [
            new SandboxPersona("anonymous", "Anonymous (no credentials)", PersonaKind.Anonymous),
            new SandboxPersona("malformed", "Malformed token", PersonaKind.MalformedToken) { HeaderName = "Authorization", HeaderValue = "Bearer not-a-jwt" },
            .. seed.Personas,
        ];
        var expiredSource = seed.Personas.FirstOrDefault(p => p.Kind == PersonaKind.User);
        if (expiredSource is not null)
        {
            personas.Insert(2, new SandboxPersona("expired", $"Expired token ({expiredSource.Label})", PersonaKind.ExpiredToken)
            {
                Organization = expiredSource.Organization,
                Role = expiredSource.Role,
                UserId = expiredSource.UserId,
            });
        }
    }

    public ApiDefinition Definition { get; }

    public IReadOnlyList<SandboxPersona> Personas => personas;

    public IReadOnlyList<SandboxOrganization> Organizations => seed.Organizations;

    public IReadOnlyList<SampleRecord> Records => seed.Records;

    /// <summary>The running sandbox's services: its <see cref="ApiDbContext"/> lets a test add rows the seed does not make.</summary>
    public IServiceProvider Services => app.Services;

    public static async Task<Sandbox> CreateAsync(ApiDefinition definition, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancellationToken);
        var options = new RuntimeOptions { Definition = definition, SigningKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)) };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddApiRuntime(options, new SandboxTableModel(definition), db => db.UseSqlite(connection));
        var app = builder.Build();
        app.UseApiRuntime();
        await app.StartAsync(cancellationToken);

        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        await database.Database.EnsureCreatedAsync(cancellationToken);
        var seed = new SandboxSeed(database, options);
        await seed.RunAsync(cancellationToken);
        foreach (var organization in seed.Organizations)
        {
            var creator = seed.Personas.First(p => p.Organization == organization.Label && p.Kind == PersonaKind.User).UserId!;
            var environment = definition.Project.Environments.FirstOrDefault() ?? "dev";
            await seed.AddApiKeyAsync(organization, ApiKeyKinds.Publishable, ["*:read"], environment, creator, cancellationToken);
            await seed.AddApiKeyAsync(organization, ApiKeyKinds.Secret, ["*:*"], environment, creator, cancellationToken);
        }

        return new Sandbox(app, connection, seed, options);
    }

    /// <summary>Adds a key persona with chosen scopes and environment (a key of another environment is refused, as deployed).</summary>
    public async Task<SandboxPersona> AddApiKeyAsync(string organization, bool secret, IReadOnlyList<string> scopes, string environment,
        CancellationToken cancellationToken = default)
    {
        var target = seed.Organizations.First(o => o.Label == organization);
        var creator = seed.Personas.First(p => p.Organization == organization && p.Kind == PersonaKind.User).UserId!;
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        var kind = secret ? ApiKeyKinds.Secret : ApiKeyKinds.Publishable;
        var added = await new SandboxSeed(database, scope.ServiceProvider.GetRequiredService<RuntimeOptions>())
            .AddApiKeyAsync(target, kind, scopes, environment, creator, cancellationToken);
        // That seed numbers only its own personas, so every key added here would be "{kind}-{org}-0": number by the sandbox's.
        var persona = added with { Id = $"{kind}-{organization}-{personas.Count}" };
        personas.Add(persona);
        return persona;
    }

    public async Task<SimulatedResponse> SendAsync(SimulatedRequest request, CancellationToken cancellationToken = default)
    {
        var persona = personas.FirstOrDefault(p => p.Id == request.PersonaId) ?? personas[0];
        var clock = Stopwatch.StartNew();
        var context = await app.GetTestServer().SendAsync(http =>
        {
            var (path, query) = SplitPath(request.Path);
            http.Request.Method = request.Method.ToUpperInvariant();
            http.Request.Path = path;
            http.Request.QueryString = query;
            foreach (var (name, value) in request.Headers)
            {
                http.Request.Headers[name] = value;
            }

            if (Credential(persona) is ({ } header, { } credential))
            {
                http.Request.Headers[header] = credential;
            }

            if (!string.IsNullOrEmpty(request.Body))
            {
                var bytes = Encoding.UTF8.GetBytes(request.Body);
                http.Request.ContentType = "application/json";
                http.Request.ContentLength = bytes.Length;
                http.Request.Body = new MemoryStream(bytes);
            }
        }, cancellationToken);
        clock.Stop();

        using var reader = new StreamReader(context.Response.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        // A server never sends a body in answer to HEAD (Kestrel drops it); the test server keeps it.
        if (HttpMethods.IsHead(context.Request.Method))
        {
            body = "";
        }

        var headers = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new SimulatedResponse(context.Response.StatusCode, headers, body, context.Trace().Steps, clock.Elapsed);
    }

    private (string? Header, string? Value) Credential(SandboxPersona persona) => persona.Kind switch
    {
        PersonaKind.User => ("Authorization", "Bearer " + tokens.Issue(seed.Claims[persona.Id])),
        PersonaKind.ExpiredToken => ("Authorization", "Bearer " + expiredTokens.Issue(seed.Claims.Values.First(c => c.UserId == persona.UserId))),
        _ => (persona.HeaderName, persona.HeaderValue),
    };

    private static (PathString Path, QueryString Query) SplitPath(string path)
    {
        var question = path.IndexOf('?');
        var plain = question < 0 ? path : path[..question];
        var query = question < 0 ? QueryString.Empty : new QueryString(path[question..]);
        return (new PathString(plain.StartsWith('/') ? plain : "/" + plain), query);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await connection.DisposeAsync();
    }
}
