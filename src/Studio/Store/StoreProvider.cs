namespace ApiStudio.Studio.Store;

/// <summary>The database engine that holds the Studio's projects.</summary>
public enum StoreProvider
{
    /// <summary>A file next to the app; nothing to install, the default.</summary>
    Sqlite,

    /// <summary>A shared server, for a team running one Studio.</summary>
    Postgres,
}
