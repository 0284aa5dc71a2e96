namespace ApiStudio.Runtime.Definition;

/// <summary>
/// The masking that applies to a table: its rules, plus a default rule for every column whose name looks
/// sensitive and that has none (masked for everyone, with the validator's warning). <c>kind: none</c> opts out.
/// </summary>
public static class EffectiveMasking
{
    public static IReadOnlyDictionary<string, MaskingRule> Of(TableDefinition table) => TableMetadata.Of(table).Masking;

    /// <summary>Columns whose values are hidden from at least some callers.</summary>
    public static IReadOnlySet<string> MaskedColumns(TableDefinition table) => TableMetadata.Of(table).MaskedColumns;

    internal static IReadOnlyDictionary<string, MaskingRule> Derive(TableDefinition table)
    {
        var rules = new Dictionary<string, MaskingRule>(table.Masking, StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(c => !c.PrimaryKey && !rules.ContainsKey(c.Name)))
        {
            if (SensitiveNames.SuggestedMask(column.Name) is { } kind)
            {
                rules[column.Name] = new MaskingRule { Kind = column.Type == ColumnType.Text ? kind : MaskKind.Redact };
            }
        }

        return rules;
    }
}
