namespace ApiStudio.Studio.Store;

/// <summary>One ordered step of the store's schema, in the SQL of each engine.</summary>
public sealed record StoreMigration(int Version, string Description, string Sqlite, string Postgres)
{
    public string SqlFor(StoreProvider provider) => provider == StoreProvider.Postgres ? Postgres : Sqlite;
}
