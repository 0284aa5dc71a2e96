namespace ApiStudio.Runtime.Definition;

/// <summary>A table and every rule that guards it.</summary>
public sealed record TableDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];

    /// <summary>When on, delete sets <c>deletedAt</c> and deleted rows are invisible to every query.</summary>
    public bool SoftDelete { get; init; }

    public FirewallDefinition Firewall { get; init; } = new();

    public AccessDefinition Access { get; init; } = new();

    public GuardDefinition Guards { get; init; } = new();

    /// <summary>Masking per column name.</summary>
    public IReadOnlyDictionary<string, MaskingRule> Masking { get; init; } = new Dictionary<string, MaskingRule>();

    public IReadOnlyList<ViewDefinition> Views { get; init; } = [];

    public IReadOnlyList<ActionDefinition> Actions { get; init; } = [];

    public TableRateLimits? RateLimits { get; init; }

    public ColumnDefinition? FindColumn(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public ColumnDefinition? PrimaryKey => Columns.FirstOrDefault(c => c.PrimaryKey);
}
