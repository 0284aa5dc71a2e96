namespace ApiStudio.Studio.Store;

/// <summary>The <c>Store</c> section of the configuration.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// When empty with SQLite, the store is <c>data/studio.db</c> under the content root; Postgres always needs one.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string to use, filling in the SQLite default.</summary>
    /// <exception cref="InvalidOperationException">Postgres is chosen without a connection string.</exception>
    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        return Provider switch
        {
            StoreProvider.Sqlite => $"Data Source={Path.Combine(contentRoot, "data", "studio.db")}",
            _ => throw new InvalidOperationException(
                $"Store:Provider is {Provider} but Store:ConnectionString is empty. Set it in appsettings.json or pass " +
                "--Store:ConnectionString=\"Host=...;Database=...;Username=...;Password=...\"."),
        };
    }
}
