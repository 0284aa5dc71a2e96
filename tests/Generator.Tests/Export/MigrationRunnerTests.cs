using ApiStudio.Generator.Export;
using ApiStudio.Generator.Migrations;
using ApiStudio.Generator.Tests.Migrations;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>The runtime's start-up applier, on SQLite, with the migrations an export carries.</summary>
public sealed class MigrationRunnerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("api-studio-runner-").FullName;
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public MigrationRunnerTests() => connection.Open();

    public void Dispose()
    {
        connection.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    public static TheoryData<string> Samples() => ExportSamples.Names();

    [Fact]
    public void The_runner_reads_the_id_line_the_generator_writes()
    {
        Assert.Equal(MigrationSql.IdLinePrefix, MigrationScript.IdLinePrefix);
        Assert.Equal(MigrationSql.MigrationsTable, MigrationRunner.MigrationsTable);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_new_database_gets_the_initial_migration_once_with_the_schema_the_runtime_creates_itself(string sample)
    {
        var definition = ExportSamples.Definition(sample);
        var migrations = WriteMigrations(ProjectExporter.Export(definition));

        using (var context = Context(definition, connection))
        {
            Assert.Equal([MigrationFiles.InitialId], await MigrationRunner.ApplyPendingAsync(context, migrations));
            Assert.Empty(await MigrationRunner.ApplyPendingAsync(context, migrations));
        }

        using var runtime = new SqliteConnection("Data Source=:memory:");
        runtime.Open();
        using (var context = Context(definition, runtime))
        {
            context.Database.EnsureCreated();
        }

        var expected = SchemaReader.Read(runtime);
        var actual = SchemaReader.Read(connection);
        Assert.Equal(expected.Tables.Append(MigrationRunner.MigrationsTable).Order(StringComparer.Ordinal), actual.Tables);
        actual = actual.Only(expected.Tables);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Indexes, actual.Indexes);
    }

    [Fact]
    public async Task An_upgrade_applies_only_the_new_script_and_keeps_every_row()
    {
        var current = ExportSamples.Definition("crm");
        var previous = current with { Tables = current.Tables.Take(2).ToList() };
        using (var context = Context(previous, connection))
        {
            await MigrationRunner.ApplyPendingAsync(context, WriteMigrations(ProjectExporter.Export(previous)));
        }

        SqlScripts.Execute(connection, """
            INSERT INTO "companies" ("id", "organizationId", "name", "createdAt", "modifiedAt")
            VALUES ('c1', 'o1', 'Initech', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
            """);

        using (var context = Context(current, connection))
        {
            var applied = await MigrationRunner.ApplyPendingAsync(context, WriteMigrations(ProjectExporter.Export(current, previous)));
            Assert.Equal([MigrationFiles.UpgradeId(previous, current)], applied);
        }

        Assert.Equal("Initech", SqlScripts.Scalar(connection, "SELECT \"name\" FROM \"companies\" WHERE \"id\" = 'c1'"));
        Assert.Equal(0L, SqlScripts.Scalar(connection, "SELECT COUNT(*) FROM \"deals\""));
    }

    [Fact]
    public async Task A_failing_script_is_rolled_back_and_not_recorded_while_earlier_scripts_stay_applied()
    {
        var definition = ExportSamples.Definition("crm");
        var migrations = WriteMigrations(ProjectExporter.Export(definition));
        File.WriteAllText(Path.Combine(migrations, "sqlite", "0002_broken.sql"), """
            -- api-studio migration 0002_broken
            BEGIN;
            INSERT INTO "__api_migrations" ("id", "applied_at") VALUES ('0002_broken', 'now');
            CREATE TABLE "half_done" ("id" TEXT NOT NULL PRIMARY KEY);
            INSERT INTO "no_such_table" VALUES (1);
            COMMIT;
            """);

        using var context = Context(definition, connection);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => MigrationRunner.ApplyPendingAsync(context, migrations));

        Assert.Contains("0002_broken.sql failed and was rolled back", failure.Message);
        Assert.Equal(0L, SqlScripts.Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"));
        Assert.Equal([MigrationFiles.InitialId], await MigrationRunner.AppliedIdsAsync(connection));
    }

    [Fact]
    public async Task A_script_without_its_id_line_is_refused_before_anything_runs()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sqlite"));
        File.WriteAllText(Path.Combine(folder, "sqlite", "0001_hand_written.sql"), "CREATE TABLE \"x\" (\"id\" TEXT);\n");

        using var context = Context(ExportSamples.Definition("crm"), connection);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => MigrationRunner.ApplyPendingAsync(context, folder));

        Assert.Contains("0001_hand_written.sql does not start with '-- api-studio migration <id>'", refused.Message);
        Assert.Equal(0L, SqlScripts.Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'x'"));
    }

    [Fact]
    public async Task Scripts_run_in_ordinal_order_of_their_file_names()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sqlite"));
        foreach (var id in new[] { "0010_b", "0002_a", "0100_c" })
        {
            File.WriteAllText(Path.Combine(folder, "sqlite", id + ".sql"), $"""
                -- api-studio migration {id}
                BEGIN;
                INSERT INTO "__api_migrations" ("id", "applied_at") VALUES ('{id}', 'now');
                COMMIT;
                """);
        }

        using var context = Context(ExportSamples.Definition("crm"), connection);

        Assert.Equal(["0002_a", "0010_b", "0100_c"], await MigrationRunner.ApplyPendingAsync(context, folder));
    }

    [Fact]
    public void Each_provider_reads_its_own_folder()
    {
        using var sqlite = Context(ExportSamples.Definition("crm"), connection);
        using var postgres = new ApiDbContext(new DbContextOptionsBuilder().UseNpgsql("Host=localhost").Options,
            new PropertyBagTableModel(ExportSamples.Definition("crm")));

        Assert.Equal("sqlite", MigrationRunner.ProviderFolder(sqlite));
        Assert.Equal("postgres", MigrationRunner.ProviderFolder(postgres));
    }

    private string WriteMigrations(ExportedProject project)
    {
        var root = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        foreach (var file in project.Files.Where(f => f.Path.StartsWith("Migrations/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        return Path.Combine(root, "Migrations");
    }

    private static ApiDbContext Context(ApiDefinition definition, SqliteConnection connection) =>
        RuntimeDatabase.Context(definition, DatabaseProvider.Sqlite, connection);
}
