namespace ApiStudio.Runtime.Definition;

/// <summary>Columns the runtime maintains itself; a client never writes them.</summary>
public static class SystemColumns
{
    public const string Id = "id";
    public const string CreatedAt = "createdAt";
    public const string CreatedBy = "createdBy";
    public const string ModifiedAt = "modifiedAt";
    public const string ModifiedBy = "modifiedBy";
    public const string DeletedAt = "deletedAt";
    public const string DeletedBy = "deletedBy";

    public static IReadOnlyList<string> Names { get; } = [Id, CreatedAt, CreatedBy, ModifiedAt, ModifiedBy, DeletedAt, DeletedBy];

    /// <summary>
    /// The declared columns plus the audit columns every table gets (and the soft-delete columns when it
    /// soft-deletes), in that order; a declared audit column is kept as declared.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> EffectiveColumns(TableDefinition table) => TableMetadata.Of(table).EffectiveColumns;

    internal static IReadOnlyList<ColumnDefinition> DeriveEffectiveColumns(TableDefinition table)
    {
        var implied = new List<ColumnDefinition>
        {
            new() { Name = CreatedAt, Type = ColumnType.Timestamp, Nullable = false, Description = "When the record was created." },
            new() { Name = CreatedBy, Type = ColumnType.Text, Description = "Who created the record." },
            new() { Name = ModifiedAt, Type = ColumnType.Timestamp, Nullable = false, Description = "When the record last changed." },
            new() { Name = ModifiedBy, Type = ColumnType.Text, Description = "Who last changed the record." },
        };
        if (table.SoftDelete)
        {
            implied.Add(new() { Name = DeletedAt, Type = ColumnType.Timestamp, Description = "When the record was deleted; deleted records are invisible." });
            implied.Add(new() { Name = DeletedBy, Type = ColumnType.Text, Description = "Who deleted the record." });
        }

        return table.Columns.Concat(implied.Where(c => table.FindColumn(c.Name) is null)).ToList();
    }

    /// <summary>The expected type of a system column, or null when the name is not one.</summary>
    public static ColumnType? ExpectedType(string name) => name switch
    {
        CreatedAt or ModifiedAt or DeletedAt => ColumnType.Timestamp,
        CreatedBy or ModifiedBy or DeletedBy => ColumnType.Text,
        _ => null,
    };

    /// <summary>Every field of the table a client may never write: key, audit, soft delete and firewall columns.</summary>
    public static IReadOnlySet<string> ManagedFields(TableDefinition table) => TableMetadata.Of(table).ManagedFields;

    internal static IReadOnlySet<string> DeriveManagedFields(TableDefinition table, ResolvedFirewall firewall)
    {
        var fields = new HashSet<string>(Names, StringComparer.Ordinal);
        if (table.PrimaryKey is { } key)
        {
            fields.Add(key.Name);
        }

        if (firewall.OrganizationColumn is { } org)
        {
            fields.Add(org);
        }

        if (firewall.OwnerColumn is { } owner)
        {
            fields.Add(owner);
        }

        return fields;
    }
}
