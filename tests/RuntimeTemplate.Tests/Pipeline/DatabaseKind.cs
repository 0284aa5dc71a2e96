namespace ApiStudio.Runtime.Tests.Pipeline;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
