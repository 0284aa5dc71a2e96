using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Base of the contract test classes: the running APIs of one database, one per dialect.</summary>
public abstract class ContractTests(ContractApis apis)
{
    protected ContractApis Apis { get; } = apis;

    protected Task<ContractApi> ApiAsync(ErrorDialect dialect) => Apis.For(dialect);

    /// <summary>A value no other test uses, for unique columns and for finding a test's own rows.</summary>
    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
