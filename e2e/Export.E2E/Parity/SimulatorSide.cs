using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>The Studio's simulator: the runtime in-process over the sandbox's seeded in-memory SQLite database.</summary>
public sealed class SimulatorSide : IParitySide, IAsyncDisposable
{
    private readonly Sandbox sandbox;

    private SimulatorSide(Sandbox sandbox, IReadOnlyDictionary<string, SandboxPersona> personas)
    {
        this.sandbox = sandbox;
        Personas = personas;
        SeededIds = IParitySide.IdsOf(sandbox.Records, sandbox.Organizations, sandbox.Personas);
    }

    public string Name => "simulator";

    public IReadOnlySet<string> SeededIds { get; }

    /// <summary>The sandbox's personas by the name the scenarios use: their own id, or for API keys a name saying which key.</summary>
    public IReadOnlyDictionary<string, SandboxPersona> Personas { get; }

    public static async Task<SimulatorSide> StartAsync(ApiDefinition definition)
    {
        var sandbox = await Sandbox.CreateAsync(definition);
        await using (var scope = sandbox.Services.CreateAsyncScope())
        {
            await ParityRows.AddAsync(scope.ServiceProvider.GetRequiredService<ApiDbContext>(), definition);
        }

        var scoped = await sandbox.AddApiKeyAsync("A", secret: true, ["companies:read"], "dev");
        var otherEnvironment = await sandbox.AddApiKeyAsync("A", secret: true, ["*:*"], "prod");
        var personas = sandbox.Personas.ToDictionary(p => p.Id);
        personas[ParityScenarios.SecretKeyA] = sandbox.Personas.First(p => p is { Kind: PersonaKind.SecretKey, Organization: "A", Environment: "dev" });
        personas[ParityScenarios.PublishableKeyA] = sandbox.Personas.First(p => p is { Kind: PersonaKind.PublishableKey, Organization: "A" });
        personas[ParityScenarios.ReadOnlyKeyA] = scoped;
        personas[ParityScenarios.ProdKeyA] = otherEnvironment;
        return new SimulatorSide(sandbox, personas);
    }

    /// <summary>The sandbox's API keys as stored (hashed), for the other side to hold the same keys.</summary>
    public async Task<List<AuthApiKey>> ApiKeysAsync()
    {
        await using var scope = sandbox.Services.CreateAsyncScope();
        return await new AuthStore(scope.ServiceProvider.GetRequiredService<ApiDbContext>()).ApiKeys.AsNoTracking().ToListAsync();
    }

    public async Task<ParityResponse> SendAsync(string persona, string method, string path, string? body, IReadOnlyDictionary<string, string> headers)
    {
        // The sandbox falls back to the anonymous persona for an unknown id; a typo must not pass as AUTH_MISSING.
        var who = Personas[persona];
        var response = await sandbox.SendAsync(new SimulatedRequest(method, path, body, who.Id) { Headers = headers });
        return new ParityResponse(response.Status, ParityResponse.MediaTypeOf(response.Headers.GetValueOrDefault("Content-Type")), response.Body);
    }

    public ValueTask DisposeAsync() => sandbox.DisposeAsync();
}
