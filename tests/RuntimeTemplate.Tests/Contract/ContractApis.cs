using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// The contract APIs of one database, shared by every contract test of that database: one per variant,
/// started when first asked for (the three dialects up front) and disposed with the test collection.
/// </summary>
public abstract class ContractApis(DatabaseKind database) : IAsyncLifetime
{
    private readonly Dictionary<ContractVariant, Task<ContractApi>> started = [];
    private readonly Lock gate = new();

    public DatabaseKind Database { get; } = database;

    public Task<ContractApi> For(ErrorDialect dialect) => For(new ContractVariant(dialect));

    public Task<ContractApi> For(ContractVariant variant)
    {
        lock (gate)
        {
            if (!started.TryGetValue(variant, out var api))
            {
                api = ContractApi.StartAsync(Database, variant);
                started[variant] = api;
            }

            return api;
        }
    }

    public Task InitializeAsync() => Task.WhenAll(Enum.GetValues<ErrorDialect>().Select(For));

    public async Task DisposeAsync()
    {
        List<Task<ContractApi>> all;
        lock (gate)
        {
            all = [.. started.Values];
        }

        foreach (var api in all)
        {
            if (api.IsCompletedSuccessfully)
            {
                await api.Result.DisposeAsync();
            }
        }
    }
}
