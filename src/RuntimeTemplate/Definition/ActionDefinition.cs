namespace ApiStudio.Runtime.Definition;

/// <summary>A named operation beyond create/update/delete, the only way to change protected fields.</summary>
public sealed record ActionDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public ActionScope Scope { get; init; } = ActionScope.Record;

    public IReadOnlyList<ActionInputField> Input { get; init; } = [];

    public AccessRule Access { get; init; } = new();

    /// <summary>Fields the action sets: literals, <c>$input.name</c>, <c>$ctx.userId</c> or <c>$now</c>.</summary>
    public IReadOnlyDictionary<string, Operand> Set { get; init; } = new Dictionary<string, Operand>();

    public StateTransition? Transition { get; init; }
}
