using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>The contract API is a design the validator accepts, apart from the one error it carries on purpose.</summary>
public sealed class ContractDefinitionTests
{
    [Fact]
    public void Contract_definition_has_no_error_and_warns_only_of_the_deliberate_unwritable_required_column()
    {
        var diagnostics = DefinitionValidator.Validate(ContractDefinition.Create(ErrorDialect.Flat));

        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Path}: {d.Message}"));
        var warning = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(("GUARD_REQUIRED_NOT_CREATEABLE", "$.tables[6].guards.createable"), (warning.Code, warning.Path));
    }
}
