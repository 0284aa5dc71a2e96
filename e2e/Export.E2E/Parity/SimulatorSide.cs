using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>The Studio's simulator: the runtime in-process over the sandbox's seeded in-memory SQLite database.</summary>
public sealed class SimulatorSide : IParitySide, IAsyncDisposable
{
    private readonly Sandbox sandbox;

    private SimulatorSide(Sandbox sandbox)
    {
        this.sandbox = sandbox;
        SeededIds = IParitySide.IdsOf(sandbox.Records, sandbox.Organizations, sandbox.Personas);
    }

    public string Name => "simulator";

    public IReadOnlySet<string> SeededIds { get; }

    public IReadOnlyList<SandboxPersona> Personas => sandbox.Personas;

    public static async Task<SimulatorSide> StartAsync(ApiDefinition definition)
    {
        var sandbox = await Sandbox.CreateAsync(definition);
        await using (var scope = sandbox.Services.CreateAsyncScope())
        {
            await ParityRows.AddAsync(scope.ServiceProvider.GetRequiredService<ApiDbContext>(), definition);
        }

        return new SimulatorSide(sandbox);
    }

    public async Task<ParityResponse> SendAsync(string persona, string method, string path, string? body, IReadOnlyDictionary<string, string> headers)
    {
        // The sandbox falls back to the anonymous persona for an unknown id; a typo must not pass as AUTH_MISSING.
        Assert.Contains(sandbox.Personas, p => p.Id == persona);
        var response = await sandbox.SendAsync(new SimulatedRequest(method, path, body, persona) { Headers = headers });
        return new ParityResponse(response.Status, ParityResponse.MediaTypeOf(response.Headers.GetValueOrDefault("Content-Type")), response.Body);
    }

    public ValueTask DisposeAsync() => sandbox.DisposeAsync();
}
