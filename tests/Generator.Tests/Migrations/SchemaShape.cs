namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>What a database holds, read back from its catalog, in a stable order so two can be compared.</summary>
internal sealed record SchemaShape(IReadOnlyList<string> Tables, IReadOnlyList<ColumnShape> Columns, IReadOnlyList<IndexShape> Indexes)
{
    public SchemaShape Only(IEnumerable<string> tables)
    {
        var keep = tables.ToHashSet(StringComparer.Ordinal);
        return new SchemaShape(
            Tables.Where(keep.Contains).ToList(),
            Columns.Where(c => keep.Contains(c.Table)).ToList(),
            Indexes.Where(i => keep.Contains(i.Table)).ToList());
    }

    public ColumnShape Column(string table, string name) =>
        Columns.SingleOrDefault(c => c.Table == table && c.Name == name) ?? throw new InvalidOperationException($"No column {table}.{name}.");

    public static SchemaShape Of(IEnumerable<string> tables, IEnumerable<ColumnShape> columns, IEnumerable<IndexShape> indexes) => new(
        tables.Order(StringComparer.Ordinal).ToList(),
        columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
        indexes.OrderBy(i => i.Table, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
}
