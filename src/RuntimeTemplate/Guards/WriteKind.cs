namespace ApiStudio.Runtime.Guards;

/// <summary>What a request writes: a create, an update, or the fields set by a named action.</summary>
public sealed record WriteKind
{
    private WriteKind(string verb, string? actionName)
    {
        Verb = verb;
        ActionName = actionName;
    }

    public static WriteKind Create { get; } = new("create", null);

    public static WriteKind Update { get; } = new("update", null);

    /// <summary>The fields an action sets: protected fields listed for this action may change.</summary>
    public static WriteKind Action(string name) => new("action", name);

    /// <summary><c>create</c>, <c>update</c> or <c>action</c>.</summary>
    public string Verb { get; }

    public string? ActionName { get; }

    public bool IsCreate => Verb == "create";

    public bool IsUpdate => Verb == "update";

    public bool IsAction => ActionName is not null;

    public override string ToString() => ActionName is null ? Verb : $"action '{ActionName}'";
}
