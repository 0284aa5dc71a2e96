namespace ApiStudio.Runtime.Definition;

/// <summary>
/// The states an action may move a field between: <c>{ field: "stage", fromTo: { "lead": ["qualified"] } }</c>.
/// The new state is the value the action sets on the field.
/// </summary>
public sealed record StateTransition
{
    public required string Field { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FromTo { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
