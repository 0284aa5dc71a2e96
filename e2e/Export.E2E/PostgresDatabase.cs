using Npgsql;

namespace ApiStudio.Export.E2E;

/// <summary>
/// A fresh database on the PostgreSQL server named by APISTUDIO_TEST_POSTGRES, dropped afterwards. Without the
/// variable the PostgreSQL tests fail and say how to get one: CI never skips them silently.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "APISTUDIO_TEST_POSTGRES";

    private readonly string admin;
    private readonly string name;

    private PostgresDatabase(string admin, string name, string connectionString)
    {
        this.admin = admin;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Fail($"{Variable} is not set, so the exported API cannot be tested on PostgreSQL. Run ./test.sh, which starts PostgreSQL " +
                $"and sets it; or start it (pg_ctlcluster 15 main start) and export {Variable}=\"Host=127.0.0.1;Username=postgres;Password=postgres\".");
        }

        var name = $"apistudio_export_e2e_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(admin!, name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
