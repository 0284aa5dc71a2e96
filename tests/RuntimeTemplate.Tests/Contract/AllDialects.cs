using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Every error dialect: each contract test runs once in each.</summary>
public sealed class AllDialects : TheoryData<ErrorDialect>
{
    public AllDialects()
    {
        foreach (var dialect in Enum.GetValues<ErrorDialect>())
        {
            Add(dialect);
        }
    }
}
