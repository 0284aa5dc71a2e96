using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;
using Microsoft.Data.Sqlite;

namespace ApiStudio.Generator.Tests.Migrations;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("api-studio-migrations-").FullName;
    private readonly List<SqliteConnection> connections = [];

    public void Dispose()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public static TheoryData<string> Samples() => new(RepositoryPaths.SampleFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Initial_sql_creates_exactly_the_tables_columns_types_keys_and_indexes_the_runtime_creates_on_sqlite(string sample) =>
        SchemaParity.AssertInitialSchemaMatchesRuntime(ShopDefinitions.Sample(sample), DatabaseProvider.Sqlite, InMemory(), InMemory());

    [Fact]
    public void Migrating_a_sqlite_file_from_v1_to_v2_keeps_every_row_moves_renamed_values_and_adds_the_new_columns() =>
        new ShopMigration(File("shop.db"), DatabaseProvider.Sqlite).PlayAndCheck();

    [Fact]
    public void Sqlite_database_migrated_to_v2_has_what_the_v2_runtime_maps_except_the_reported_changes() =>
        SchemaParity.AssertMigratedSchemaServesV2(DatabaseProvider.Sqlite, InMemory(), InMemory());

    [Fact]
    public void Applying_a_script_a_second_time_fails_on_its_id_and_changes_nothing()
    {
        var connection = InMemory();
        var shop = new ShopMigration(connection, DatabaseProvider.Sqlite);
        shop.ApplyV1WithRows();
        SqlScripts.Execute(connection, shop.V2Sql);
        var schema = SchemaReader.Read(connection);

        var failure = Assert.Throws<SqliteException>(() => SqlScripts.Execute(connection, shop.V2Sql));
        SqlScripts.Execute(connection, "ROLLBACK");

        Assert.Contains(MigrationSql.MigrationsTable, failure.Message);
        Assert.Equal(schema, SchemaReader.Read(connection), new SchemaComparer());
        Assert.Equal(2L, SqlScripts.Scalar(connection, $"SELECT count(*) FROM \"{MigrationSql.MigrationsTable}\""));
    }

    [Fact]
    public void A_failing_step_rolls_the_whole_script_back_and_records_nothing()
    {
        var connection = InMemory();
        SqlScripts.Execute(connection, MigrationSql.Generate(MigrationPlanner.Plan(null, ShopDefinitions.V1), DatabaseProvider.Sqlite, "0001_v1"));
        // A table in the way of v2's new table makes its CREATE TABLE fail after earlier steps ran.
        SqlScripts.Execute(connection, "CREATE TABLE \"tags\" (\"x\" TEXT)");
        var schema = SchemaReader.Read(connection);

        Assert.Throws<SqliteException>(() => SqlScripts.Execute(connection,
            MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2), DatabaseProvider.Sqlite, "0002_v2")));
        SqlScripts.Execute(connection, "ROLLBACK");

        Assert.Equal(schema, SchemaReader.Read(connection), new SchemaComparer());
        Assert.Equal("0001_v1", SqlScripts.Scalar(connection, $"SELECT group_concat(\"id\") FROM \"{MigrationSql.MigrationsTable}\""));
    }

    private SqliteConnection InMemory() => Open("Data Source=:memory:");

    private SqliteConnection File(string name) => Open($"Data Source={Path.Combine(folder, name)}");

    private SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connections.Add(connection);
        return connection;
    }
}
