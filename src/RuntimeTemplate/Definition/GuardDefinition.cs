namespace ApiStudio.Runtime.Definition;

/// <summary>Which fields a client may write, and how a forbidden field is treated.</summary>
public sealed record GuardDefinition
{
    /// <summary>When off, every non-system field is createable and updatable.</summary>
    public bool Enabled { get; init; } = true;

    public GuardMode Mode { get; init; } = GuardMode.Strict;

    public IReadOnlyList<string> Createable { get; init; } = [];

    public IReadOnlyList<string> Updatable { get; init; } = [];

    /// <summary>Fields only the named actions may change.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Protected { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Fields set on create and never changed afterwards.</summary>
    public IReadOnlyList<string> Immutable { get; init; } = [];
}
