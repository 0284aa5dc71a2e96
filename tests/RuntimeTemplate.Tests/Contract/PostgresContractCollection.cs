namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Every contract test class on PostgreSQL shares one set of running APIs.</summary>
[CollectionDefinition(PostgresContractApis.Collection)]
public sealed class PostgresContractCollection : ICollectionFixture<PostgresContractApis>;
