using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Studio.Store;

/// <summary>
/// Brings a store up to the latest <see cref="StoreMigrations"/> at start-up: each pending step runs in
/// one transaction with its row in <c>store_migrations</c>, so a step is applied exactly once even when
/// two Studios start against the same store.
/// </summary>
public sealed class StoreSchema(IDbContextFactory<StudioStoreContext> contexts)
{
    public const string MigrationsTable = "store_migrations";

    /// <summary>Applies the pending migrations; returns the versions applied by this call.</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(StoreMigrations.All, cancellationToken);

    public async Task<IReadOnlyList<int>> MigrateAsync(IReadOnlyList<StoreMigration> migrations, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Store migrations must be numbered 1, 2, 3... in order; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var provider = ProviderOf(context);
        if (provider == StoreProvider.Sqlite)
        {
            CreateSqliteFolder(context.Database.GetConnectionString());
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = context.Database.GetDbConnection();
            if (provider == StoreProvider.Sqlite)
            {
                // Readers keep working while a save is written; ignored for in-memory stores.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await ExecuteAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS {MigrationsTable} (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);",
                cancellationToken);

            // SQLite's transactions here are IMMEDIATE (write lock first); Postgres needs the lock asked for.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (provider == StoreProvider.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"LOCK TABLE {MigrationsTable} IN EXCLUSIVE MODE;", cancellationToken);
            }

            var applied = await ReadVersionsAsync(connection, transaction, cancellationToken);
            var appliedNow = new List<int>();
            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await ExecuteAsync(connection, transaction, migration.SqlFor(provider), cancellationToken);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {MigrationsTable} (version, description, applied_at) VALUES (@version, @description, @appliedAt);";
                AddParameter(record, "@version", migration.Version);
                AddParameter(record, "@description", migration.Description);
                AddParameter(record, "@appliedAt", DateTime.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
                appliedNow.Add(migration.Version);
            }

            await transaction.CommitAsync(cancellationToken);
            return appliedNow;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The versions recorded in the migrations table, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var versions = await ReadVersionsAsync(context.Database.GetDbConnection(), null, cancellationToken);
            return versions.Order().ToList();
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    public static StoreProvider ProviderOf(DbContext context) =>
        context.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => StoreProvider.Sqlite,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => StoreProvider.Postgres,
            var other => throw new NotSupportedException($"The store does not support the EF Core provider {other}."),
        };

    private static void CreateSqliteFolder(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static async Task<HashSet<int>> ReadVersionsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version FROM {MigrationsTable};";
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
