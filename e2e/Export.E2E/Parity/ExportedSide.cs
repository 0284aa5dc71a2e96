using System.Net.Http.Headers;
using System.Text;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Studio.Simulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// The exported API built from the sample and running as its own process over HTTP, its SQLite database filled by
/// the simulator's own seed (same stable ids) and holding the simulator's API keys. The simulator's user personas are
/// signed for with this app's key: the same user, session and organization, so the answers can be compared though the
/// tokens differ.
/// </summary>
public sealed class ExportedSide : IParitySide, IAsyncDisposable
{
    private readonly ExportedApp app;
    private readonly PostgresDatabase? postgres;
    private readonly HttpClient client;
    private readonly SandboxSeed seed;
    private readonly IReadOnlyDictionary<string, SandboxPersona> personas;
    private readonly AccessTokens tokens;
    private readonly AccessTokens expiredTokens;

    private ExportedSide(ExportedApp app, PostgresDatabase? postgres, SandboxSeed seed, RuntimeOptions options,
        IReadOnlyDictionary<string, SandboxPersona> personas)
    {
        this.app = app;
        this.postgres = postgres;
        client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        this.seed = seed;
        this.personas = personas;
        tokens = new AccessTokens(options);
        expiredTokens = new AccessTokens(new RuntimeOptions
        {
            Definition = options.Definition,
            SigningKey = options.SigningKey,
            Clock = new ShiftedClock(-TimeSpan.FromDays(1)),
        });
        SeededIds = IParitySide.IdsOf(seed.Records, seed.Organizations, seed.Personas);
    }

    public string Name => "exported API";

    public IReadOnlySet<string> SeededIds { get; }

    /// <summary>
    /// Starts the sample's build with <paramref name="contentRoot"/> (its api.json) on a new SQLite file, or with
    /// <paramref name="onPostgres"/> a new PostgreSQL database, and once the app has migrated it, seeds it through the
    /// runtime's own property-bag model, as the simulator seeds its database.
    /// </summary>
    public static async Task<ExportedSide> StartAsync(ExportedCrm crm, ApiDefinition definition, string contentRoot, SimulatorSide simulator,
        bool onPostgres = false)
    {
        var postgres = onPostgres ? await PostgresDatabase.CreateAsync() : null;
        var connectionString = postgres?.ConnectionString ?? $"Data Source={crm.NewSqliteFile()}";
        ExportedApp? app = null;
        try
        {
            app = await ExportedApp.StartAsync(crm.V1Assembly, contentRoot, onPostgres ? "postgres" : "sqlite", connectionString);
            var options = new RuntimeOptions { Definition = definition, SigningKey = app.SigningKey };
            var database = (onPostgres ? new DbContextOptionsBuilder().UseNpgsql(connectionString) : new DbContextOptionsBuilder().UseSqlite(connectionString))
                .ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>()
                .Options;
            await using var context = new ApiDbContext(database, new PropertyBagTableModel(definition));
            var seed = new SandboxSeed(context, options);
            await seed.RunAsync(CancellationToken.None);
            await ParityRows.AddAsync(context, definition);
            new AuthStore(context).ApiKeys.AddRange(await simulator.ApiKeysAsync());
            await context.SaveChangesAsync();
            return new ExportedSide(app, postgres, seed, options, simulator.Personas);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            throw;
        }
    }

    public async Task<ParityResponse> SendAsync(string persona, string method, string path, string? body, IReadOnlyDictionary<string, string> headers)
    {
        var who = personas[persona];
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        switch (who.Kind)
        {
            case PersonaKind.User:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Issue(seed.Claims[who.Id]));
                break;
            case PersonaKind.ExpiredToken:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                    expiredTokens.Issue(seed.Claims.Values.First(c => c.UserId == who.UserId)));
                break;
            default:
                if (who.HeaderName is { } header)
                {
                    request.Headers.TryAddWithoutValidation(header, who.HeaderValue);
                }

                break;
        }

        using var response = await client.SendAsync(request);
        return new ParityResponse((int)response.StatusCode, ParityResponse.MediaTypeOf(response.Content.Headers.ContentType?.ToString()),
            await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
