using System.Diagnostics;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// The simulator of one open editor: a sandbox built from the design being edited (saved or not),
/// rebuilt when the design changes, and the history of the requests sent to it.
/// </summary>
public sealed class SimulatorSession : IAsyncDisposable
{
    private readonly List<SimulationEntry> history = [];
    private readonly List<(string Organization, bool Secret, IReadOnlyList<string> Scopes, string Environment)> extraKeys = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private ApiDefinition? builtFrom;

    public Sandbox? Sandbox { get; private set; }

    public TimeSpan LastBuildTime { get; private set; }

    /// <summary>
    /// The requests sent so far, newest first: a new list after every change, so a grid bound to it sees the change
    /// (Radzen's data grid renders rows again only when its data is another list).
    /// </summary>
    public IReadOnlyList<SimulationEntry> History { get; private set; } = [];

    public event Action? Changed;

    /// <summary>Whether the sandbox must be rebuilt to run <paramref name="definition"/>.</summary>
    public bool IsStale(ApiDefinition definition) => Sandbox is null || !ReferenceEquals(builtFrom, definition);

    /// <summary>
    /// A sandbox running exactly <paramref name="definition"/>; rebuilt when the design changed. Ids are stable
    /// across rebuilds, so requests from the history still address the same rows.
    /// </summary>
    public async Task<Sandbox> EnsureAsync(ApiDefinition definition, bool force = false, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!force && !IsStale(definition))
            {
                return Sandbox!;
            }

            if (DefinitionValidator.Validate(definition).FirstOrDefault(d => d.IsError) is { } error)
            {
                throw new InvalidOperationException($"The design has errors, so it cannot run: {error.Message}");
            }

            var clock = Stopwatch.StartNew();
            var next = await Sandbox.CreateAsync(definition, cancellationToken);
            foreach (var key in extraKeys)
            {
                await next.AddApiKeyAsync(key.Organization, key.Secret, key.Scopes, key.Environment, cancellationToken);
            }

            LastBuildTime = clock.Elapsed;
            if (Sandbox is not null)
            {
                await Sandbox.DisposeAsync();
            }

            Sandbox = next;
            builtFrom = definition;
            Changed?.Invoke();
            return next;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<SandboxPersona> AddApiKeyAsync(ApiDefinition definition, string organization, bool secret, IReadOnlyList<string> scopes,
        string environment, CancellationToken cancellationToken = default)
    {
        var sandbox = await EnsureAsync(definition, cancellationToken: cancellationToken);
        extraKeys.Add((organization, secret, scopes, environment));
        var persona = await sandbox.AddApiKeyAsync(organization, secret, scopes, environment, cancellationToken);
        Changed?.Invoke();
        return persona;
    }

    public async Task<SimulationEntry> SendAsync(ApiDefinition definition, SimulatedRequest request, CancellationToken cancellationToken = default)
    {
        var sandbox = await EnsureAsync(definition, cancellationToken: cancellationToken);
        var entry = new SimulationEntry(history.Count + 1, request, await sandbox.SendAsync(request, cancellationToken));
        history.Insert(0, entry);
        History = [.. history];
        Changed?.Invoke();
        return entry;
    }

    /// <summary>Sends a request of the history again (against the current design) and keeps the earlier answer to compare.</summary>
    public async Task<SimulationEntry> RerunAsync(ApiDefinition definition, SimulationEntry entry, CancellationToken cancellationToken = default)
    {
        var sandbox = await EnsureAsync(definition, cancellationToken: cancellationToken);
        var rerun = entry with { Response = await sandbox.SendAsync(entry.Request, cancellationToken), Previous = entry.Response };
        history[history.IndexOf(entry)] = rerun;
        History = [.. history];
        Changed?.Invoke();
        return rerun;
    }

    public async ValueTask DisposeAsync()
    {
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        gate.Dispose();
    }
}
