using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// One running configuration of the contract API: its error dialect, and where (if anywhere) exposing the
/// stack is switched on: <see cref="Hosting.RuntimeOptions.ExposeErrorStack"/> (EXPOSE_ERROR_STACK=1) or
/// the definition's <c>project.exposeErrorStack</c>.
/// </summary>
public sealed record ContractVariant(ErrorDialect Dialect, bool StackInOptions = false, bool StackInDefinition = false);
