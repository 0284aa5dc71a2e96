namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Every contract test class on SQLite shares one set of running APIs.</summary>
[CollectionDefinition(SqliteContractApis.Collection)]
public sealed class SqliteContractCollection : ICollectionFixture<SqliteContractApis>;
