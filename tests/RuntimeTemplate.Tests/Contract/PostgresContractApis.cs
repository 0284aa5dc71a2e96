using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

public sealed class PostgresContractApis() : ContractApis(DatabaseKind.Postgres)
{
    public const string Collection = "Error contract on PostgreSQL";
}
