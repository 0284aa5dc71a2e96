using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;
using Npgsql;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>The same checks as on SQLite, against a real PostgreSQL (see <see cref="PostgresServer"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : IDisposable
{
    private readonly List<NpgsqlConnection> connections = [];

    public void Dispose()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    public static TheoryData<string> Samples() => new(RepositoryPaths.SampleFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Initial_sql_creates_exactly_the_tables_columns_types_keys_and_indexes_the_runtime_creates_on_postgres(string sample) =>
        SchemaParity.AssertInitialSchemaMatchesRuntime(ShopDefinitions.Sample(sample), DatabaseProvider.Postgres, Open(), Open());

    [Fact]
    public void Migrating_a_postgres_database_from_v1_to_v2_keeps_every_row_moves_renamed_values_and_adds_the_new_columns() =>
        new ShopMigration(Open(), DatabaseProvider.Postgres).PlayAndCheck();

    [Fact]
    public void Postgres_database_migrated_to_v2_has_what_the_v2_runtime_maps_except_the_reported_changes() =>
        SchemaParity.AssertMigratedSchemaServesV2(DatabaseProvider.Postgres, Open(), Open());

    [Fact]
    public void Applying_a_script_a_second_time_on_postgres_fails_on_its_id_and_changes_nothing()
    {
        var connection = Open();
        var shop = new ShopMigration(connection, DatabaseProvider.Postgres);
        shop.ApplyV1WithRows();
        SqlScripts.Execute(connection, shop.V2Sql);
        var schema = SchemaReader.Read(connection);

        var failure = Assert.Throws<PostgresException>(() => SqlScripts.Execute(connection, shop.V2Sql));
        SqlScripts.Execute(connection, "ROLLBACK");

        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        Assert.Equal(schema, SchemaReader.Read(connection), new SchemaComparer());
        Assert.Equal(2L, SqlScripts.Scalar(connection, $"SELECT count(*) FROM {MigrationSql.MigrationsTable}"));
    }

    private NpgsqlConnection Open()
    {
        var connection = server.OpenSchema();
        connections.Add(connection);
        return connection;
    }
}
