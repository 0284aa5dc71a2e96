using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ApiStudio.Studio.Store;

namespace ApiStudio.Studio.Tests.Store;

public sealed class StoreSchemaTests
{
    [Fact]
    public async Task A_new_store_gets_every_migration_recorded_once()
    {
        await using var store = await TemporaryStore.CreateAsync(migrate: false);

        var applied = await store.Schema.MigrateAsync();

        Assert.Equal(StoreMigrations.All.Select(m => m.Version), applied);
        Assert.Equal(StoreMigrations.All.Select(m => m.Version), await store.Schema.AppliedVersionsAsync());
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await using var store = await TemporaryStore.CreateAsync();
        await store.Projects.CreateEmptyAsync("billing");

        var applied = await store.Schema.MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(1L, await store.ScalarAsync($"SELECT COUNT(*) FROM {StoreSchema.MigrationsTable}"));
        Assert.Equal("billing", Assert.Single(await store.Projects.ListAsync()).Name);
    }

    [Fact]
    public async Task A_later_migration_runs_on_a_store_created_by_the_earlier_ones()
    {
        await using var store = await TemporaryStore.CreateAsync();
        await store.Projects.CreateEmptyAsync("billing");
        var next = new StoreMigration(StoreMigrations.All.Count + 1, "project colour",
            Sqlite: "ALTER TABLE projects ADD COLUMN colour TEXT NULL;",
            Postgres: "ALTER TABLE projects ADD COLUMN colour text NULL;");

        var applied = await store.Schema.MigrateAsync([.. StoreMigrations.All, next]);

        Assert.Equal([next.Version], applied);
        Assert.Equal(0L, await store.ScalarAsync("SELECT COUNT(*) FROM projects WHERE colour IS NOT NULL"));
        Assert.Equal("billing", Assert.Single(await store.Projects.ListAsync()).Name);
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_and_not_recorded()
    {
        await using var store = await TemporaryStore.CreateAsync();
        var broken = new StoreMigration(StoreMigrations.All.Count + 1, "broken",
            Sqlite: "CREATE TABLE half_done (id INTEGER); SELECT * FROM no_such_table;",
            Postgres: "SELECT * FROM no_such_table;");

        await Assert.ThrowsAnyAsync<Exception>(() => store.Schema.MigrateAsync([.. StoreMigrations.All, broken]));

        Assert.Equal(StoreMigrations.All.Select(m => m.Version), await store.Schema.AppliedVersionsAsync());
        Assert.Equal(0L, await store.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public async Task Migrations_out_of_order_are_refused_before_touching_the_store()
    {
        await using var store = await TemporaryStore.CreateAsync(migrate: false);
        var skipped = new StoreMigration(3, "skips 2", "SELECT 1;", "SELECT 1;");

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Schema.MigrateAsync([StoreMigrations.All[0], skipped]));
    }

    [Fact]
    public async Task The_migrated_tables_have_every_column_the_model_maps()
    {
        await using var store = await TemporaryStore.CreateAsync();
        await using var db = await store.Services.GetRequiredService<IDbContextFactory<StudioStoreContext>>().CreateDbContextAsync();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                Assert.Equal(1L, await store.ScalarAsync($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'"));
            }
        }
    }
}
