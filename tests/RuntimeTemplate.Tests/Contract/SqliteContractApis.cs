using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

public sealed class SqliteContractApis() : ContractApis(DatabaseKind.Sqlite)
{
    public const string Collection = "Error contract on SQLite";
}
