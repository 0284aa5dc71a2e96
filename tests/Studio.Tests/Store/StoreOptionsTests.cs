using ApiStudio.Studio.Store;

namespace ApiStudio.Studio.Tests.Store;

public sealed class StoreOptionsTests
{
    [Fact]
    public void Without_a_connection_string_SQLite_uses_data_studio_db_under_the_content_root()
    {
        var options = new StoreOptions();

        Assert.Equal($"Data Source={Path.Combine("/srv/studio", "data", "studio.db")}", options.ResolveConnectionString("/srv/studio"));
    }

    [Fact]
    public void A_configured_connection_string_is_used_as_given()
    {
        var options = new StoreOptions { ConnectionString = "Data Source=/tmp/other.db" };

        Assert.Equal("Data Source=/tmp/other.db", options.ResolveConnectionString("/srv/studio"));
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_at_start_up_with_what_to_set()
    {
        var options = new StoreOptions { Provider = StoreProvider.Postgres };

        var error = Assert.Throws<InvalidOperationException>(() => options.ResolveConnectionString("/srv/studio"));

        Assert.Contains("Store:ConnectionString", error.Message);
    }

    [Fact]
    public async Task The_sqlite_folder_is_created_when_the_store_is_first_migrated()
    {
        await using var store = await TemporaryStore.CreateAsync();

        Assert.True(File.Exists(store.FilePath));
    }
}
