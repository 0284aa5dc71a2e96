using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Runtime.Migrations;

/// <summary>
/// Brings the database up to date at start-up: reads <c>&lt;folder&gt;/&lt;provider&gt;/*.sql</c> in ordinal order of
/// their names and runs each script whose id is not yet in <see cref="MigrationsTable"/>. Each script is one
/// transaction of its own (<c>BEGIN; … COMMIT;</c>, written by the Generator), so a failing script leaves the
/// database as it was before that script, and the scripts before it stay applied.
/// </summary>
public static class MigrationRunner
{
    public const string MigrationsTable = "__api_migrations";

    /// <summary>The folder of each provider's scripts, by EF Core provider name.</summary>
    public static string ProviderFolder(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgres",
            var other => throw new NotSupportedException($"No migrations are generated for the database provider '{other}'; use SQLite or PostgreSQL."),
        };
    }

    /// <summary>The provider's scripts under <paramref name="migrationsFolder"/>, in the order they apply.</summary>
    public static IReadOnlyList<MigrationScript> Load(string migrationsFolder, string providerFolder)
    {
        var folder = Path.Combine(migrationsFolder, providerFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.sql")
            .Select(path => (Name: Path.GetFileName(path), Path: path))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => MigrationScript.Parse(file.Name, File.ReadAllText(file.Path)))
            .ToList();
    }

    /// <summary>Applies the pending scripts of the context's provider and returns the ids it applied, in order.</summary>
    public static async Task<IReadOnlyList<string>> ApplyPendingAsync(DbContext context, string migrationsFolder, ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scripts = Load(migrationsFolder, ProviderFolder(context));
        var duplicate = scripts.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", duplicate.Select(s => s.FileName))} share the id '{duplicate.Key}'; only the first would ever run.");
        }

        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS \"{MigrationsTable}\" (\"id\" text NOT NULL PRIMARY KEY, \"applied_at\" text NOT NULL);",
                cancellationToken);
            var applied = await AppliedIdsAsync(connection, cancellationToken);
            var ran = new List<string>();
            foreach (var script in scripts.Where(s => !applied.Contains(s.Id)))
            {
                if (await ApplyAsync(connection, script, cancellationToken))
                {
                    logger?.LogInformation("Applied migration {MigrationId} ({File}).", script.Id, script.FileName);
                    ran.Add(script.Id);
                }
                else
                {
                    logger?.LogInformation("Migration {MigrationId} was applied by another instance meanwhile.", script.Id);
                }
            }

            return ran;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The ids recorded in <see cref="MigrationsTable"/>.</summary>
    public static async Task<IReadOnlySet<string>> AppliedIdsAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"id\" FROM \"{MigrationsTable}\"";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <returns>True when this call applied the script; false when another instance recorded it first.</returns>
    private static async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        try
        {
            // The script is sent whole: its own BEGIN/COMMIT make it one transaction on both providers.
            await ExecuteAsync(connection, script.Sql, cancellationToken);
            return true;
        }
        catch (DbException exception)
        {
            await RollBackAsync(connection);
            if ((await AppliedIdsAsync(connection, CancellationToken.None)).Contains(script.Id))
            {
                return false;
            }

            throw new InvalidOperationException(
                $"Migration {script.FileName} failed and was rolled back; the database is as it was before it: {exception.Message}", exception);
        }
    }

    private static async Task RollBackAsync(DbConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None);
        }
        catch (DbException)
        {
            // No transaction was open (the failure came before BEGIN, or the provider already ended it).
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
