using ApiStudio.Studio.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Studio.Tests.Store;

/// <summary>A migrated SQLite store in a temporary file, deleted on dispose.</summary>
public sealed class TemporaryStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TemporaryStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        this.services = services;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "studio.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public ProjectStore Projects => services.GetRequiredService<ProjectStore>();

    public StoreSchema Schema => services.GetRequiredService<StoreSchema>();

    public IServiceProvider Services => services;

    /// <summary>Creates the store; <paramref name="migrate"/> false leaves the file without tables.</summary>
    public static async Task<TemporaryStore> CreateAsync(bool migrate = true, TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studio-tests-" + Guid.NewGuid().ToString("N"));
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        collection.AddProjectStore(StoreProvider.Sqlite, $"Data Source={Path.Combine(folder, "studio.db")}");
        var store = new TemporaryStore(folder, collection.BuildServiceProvider());
        if (migrate)
        {
            await store.Schema.MigrateAsync();
        }

        return store;
    }

    /// <summary>Runs one SQL statement on the store's file and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
