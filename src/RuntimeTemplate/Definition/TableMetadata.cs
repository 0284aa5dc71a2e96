using System.Runtime.CompilerServices;

namespace ApiStudio.Runtime.Definition;

/// <summary>
/// What the runtime derives from one table definition (effective columns, key, firewall, masking, managed
/// fields), worked out once per definition instance instead of on every request and every row.
/// Definitions are immutable records, so the instance is a safe key; it is compared by reference (two equal
/// copies get two entries) and an entry goes away with its definition.
/// </summary>
/// <remarks>
/// Each part is computed on first use. Two threads may both compute a part the first time; they get equal
/// results and one of them is kept, so no lock is needed.
/// </remarks>
public sealed class TableMetadata
{
    private static readonly ConditionalWeakTable<TableDefinition, TableMetadata> Cache = new();

    private readonly TableDefinition table;
    private IReadOnlyList<ColumnDefinition>? effectiveColumns;
    private IReadOnlyDictionary<string, ColumnDefinition>? columnsByName;
    private IReadOnlySet<string>? columnNames;
    private ResolvedFirewall? firewall;
    private IReadOnlyDictionary<string, MaskingRule>? masking;
    private IReadOnlySet<string>? maskedColumns;
    private IReadOnlySet<string>? managedFields;
    private IReadOnlyList<ColumnDefinition>? searchableColumns;

    private TableMetadata(TableDefinition table)
    {
        this.table = table;
        PrimaryKey = table.PrimaryKey;
    }

    public static TableMetadata Of(TableDefinition table) => Cache.GetValue(table, t => new TableMetadata(t));

    public ColumnDefinition? PrimaryKey { get; }

    /// <inheritdoc cref="SystemColumns.EffectiveColumns"/>
    public IReadOnlyList<ColumnDefinition> EffectiveColumns => effectiveColumns ??= SystemColumns.DeriveEffectiveColumns(table);

    /// <summary>The effective column with this name, or null.</summary>
    public ColumnDefinition? EffectiveColumn(string name) =>
        (columnsByName ??= EffectiveColumns.ToDictionary(c => c.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>The names of <see cref="EffectiveColumns"/>.</summary>
    public IReadOnlySet<string> ColumnNames => columnNames ??= EffectiveColumns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc cref="ResolvedFirewall.Resolve"/>
    public ResolvedFirewall Firewall => firewall ??= ResolvedFirewall.Derive(table);

    /// <inheritdoc cref="EffectiveMasking.Of"/>
    public IReadOnlyDictionary<string, MaskingRule> Masking => masking ??= EffectiveMasking.Derive(table);

    /// <inheritdoc cref="EffectiveMasking.MaskedColumns"/>
    public IReadOnlySet<string> MaskedColumns => maskedColumns ??=
        Masking.Where(m => m.Value.Kind != MaskKind.None).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc cref="SystemColumns.ManagedFields"/>
    public IReadOnlySet<string> ManagedFields => managedFields ??= SystemColumns.DeriveManagedFields(table, Firewall);

    /// <summary>The declared text columns <c>search=</c> looks in (see <c>SearchableColumns</c>).</summary>
    public IReadOnlyList<ColumnDefinition> SearchableColumns => searchableColumns ??= table.Columns
        .Where(c => c.Type == ColumnType.Text && c.References is null && !ManagedFields.Contains(c.Name) && !MaskedColumns.Contains(c.Name))
        .ToList();
}
