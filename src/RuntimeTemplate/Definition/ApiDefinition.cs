using System.Text.Json.Serialization;

namespace ApiStudio.Runtime.Definition;

/// <summary>A whole API design: the document stored as <c>api.json</c>.</summary>
public sealed record ApiDefinition
{
    /// <summary>The format version this model reads and writes.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Format version of the document; only <see cref="CurrentVersion"/> is understood.</summary>
    [AlwaysWritten]
    public int Version { get; init; } = CurrentVersion;

    [AlwaysWritten]
    public ProjectSettings Project { get; init; } = new();

    public IReadOnlyList<RoleDefinition> Roles { get; init; } = [];

    /// <summary>Role names from lowest to highest, so <c>admin+</c> means admin and every role after it.</summary>
    public IReadOnlyList<string> RoleHierarchy { get; init; } = [];

    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];

    /// <summary>Explicit renames, so a migration never has to guess whether a name was renamed or replaced.</summary>
    public IReadOnlyList<RenameHint> Renames { get; init; } = [];

    public TableDefinition? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
