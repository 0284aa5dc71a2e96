using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ApiStudio.Runtime.Tests.Pipeline;

/// <summary>
/// A fresh, empty database for one test API: in-memory SQLite, or a uniquely named PostgreSQL database on
/// the server named by APISTUDIO_TEST_POSTGRES (./test.sh starts one and sets it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "APISTUDIO_TEST_POSTGRES";

    private readonly SqliteConnection? sqlite;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(SqliteConnection? sqlite, string? postgresAdmin, string? postgresName, Action<DbContextOptionsBuilder> configure)
    {
        this.sqlite = sqlite;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
        Configure = configure;
    }

    public Action<DbContextOptionsBuilder> Configure { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            await connection.OpenAsync();
            return new TestDatabase(connection, null, null, options => options.UseSqlite(connection));
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.False(string.IsNullOrEmpty(admin),
            $"{PostgresVariable} is not set: run ./test.sh, which starts PostgreSQL and sets it, or point it at a server.");
        var name = $"apistudio_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(null, admin, name, options => options.UseNpgsql(connectionString));
    }

    public async ValueTask DisposeAsync()
    {
        if (sqlite is not null)
        {
            await sqlite.DisposeAsync();
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
