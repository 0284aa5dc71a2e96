using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Masking;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// A table's columns as the document describes them: which a client may send on create and on update,
/// which the server manages, which are masked.
/// </summary>
internal sealed class TableFields
{
    public TableFields(TableDefinition table)
    {
        Table = table;
        Columns = SystemColumns.EffectiveColumns(table);
        Managed = SystemColumns.ManagedFields(table);
        Firewall = ResolvedFirewall.Resolve(table);
        Masking = EffectiveMasking.Of(table);
        Masked = RecordMasking.MaskedFields(table);
        var guards = table.Guards;
        var writable = table.Columns.Where(c => !Managed.Contains(c.Name)).ToList();
        if (guards.Enabled)
        {
            Create = writable.Where(c => guards.Createable.Contains(c.Name) || guards.Immutable.Contains(c.Name)).ToList();
            Update = writable.Where(c => guards.Updatable.Contains(c.Name)).ToList();
        }
        else
        {
            // With guards off the allowlists are ignored, but protected fields stay action-only.
            Create = writable.Where(c => !guards.Protected.ContainsKey(c.Name)).ToList();
            Update = Create;
        }
    }

    public TableDefinition Table { get; }

    /// <summary>Declared columns plus the audit (and soft-delete) columns every record carries.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlySet<string> Managed { get; }

    public ResolvedFirewall Firewall { get; }

    /// <summary>Columns a create body may hold: createable and immutable ones (immutable fields are set on create).</summary>
    public IReadOnlyList<ColumnDefinition> Create { get; }

    public IReadOnlyList<ColumnDefinition> Update { get; }

    /// <summary>The masking rules that apply: the table's, plus the default for sensitive-looking columns without one.</summary>
    public IReadOnlyDictionary<string, MaskingRule> Masking { get; }

    /// <summary>Columns whose values error echoes redact, as the runtime's masking layer lists them.</summary>
    public IReadOnlySet<string> Masked { get; }

    /// <summary>Writes naming forbidden fields get 400 GUARD_*; strip tables drop such fields without a word.</summary>
    public bool RejectsForbiddenFields => Table.Guards.Mode == GuardMode.Strict;

    public bool IsManaged(ColumnDefinition column) => Managed.Contains(column.Name);
}
