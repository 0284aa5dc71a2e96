namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>Tests that share the run's PostgreSQL database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
