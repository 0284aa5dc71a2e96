using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>The columns <c>search=</c> looks in.</summary>
public static class SearchableColumns
{
    /// <summary>
    /// The declared text columns, except masked ones (configured, or masked by default because the name looks
    /// sensitive): a search over a masked column would let anyone probe the hidden value letter by letter.
    /// Ids are left out too (key, audit, firewall and reference columns): nobody types them into a search box.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Of(TableDefinition table) => TableMetadata.Of(table).SearchableColumns;
}
