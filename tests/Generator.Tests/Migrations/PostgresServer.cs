using Npgsql;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>
/// The PostgreSQL the tests run against, named by <see cref="EnvironmentVariable"/>. One database per test
/// run, created on first use and dropped at the end; each test gets its own schema in it. Without the
/// variable every PostgreSQL test fails and says how to get one: CI must never skip them silently.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "APISTUDIO_TEST_POSTGRES";

    private readonly Lock gate = new();
    private readonly string? adminConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly string database = $"apistudio_migrations_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..50];
    private bool created;
    private int schemas;

    /// <summary>An open connection whose search path is a new, empty schema of the run's database.</summary>
    public NpgsqlConnection OpenSchema()
    {
        if (string.IsNullOrWhiteSpace(adminConnectionString))
        {
            Assert.Fail($"{EnvironmentVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts PostgreSQL " +
                $"and sets it; or start it yourself (pg_ctlcluster 15 main start) and export {EnvironmentVariable}=\"Host=127.0.0.1;Username=postgres;Password=postgres\".");
        }

        string schema;
        lock (gate)
        {
            if (!created)
            {
                Admin($"CREATE DATABASE \"{database}\"");
                created = true;
            }

            schema = $"test_{++schemas}";
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Pooling = false };
        using (var setup = new NpgsqlConnection(builder.ConnectionString))
        {
            setup.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", setup);
            command.ExecuteNonQuery();
        }

        builder.SearchPath = schema;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (created)
        {
            Admin($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private void Admin(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
