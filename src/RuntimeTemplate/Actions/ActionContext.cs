using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Actions;

/// <summary>What an action's code sees: who calls, the validated input, the record (none when standalone), and the values to store.</summary>
public sealed record ActionContext(
    ActionDefinition Action,
    CallerIdentity Caller,
    IReadOnlyDictionary<string, object?> Input,
    IReadOnlyDictionary<string, object?>? Record,
    Dictionary<string, object?> Values,
    CancellationToken Cancellation);
