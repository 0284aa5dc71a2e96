namespace ApiStudio.Generator.Migrations;

/// <summary>A unique index as the runtime's EF model declares it: name, table and columns in order.</summary>
internal sealed record UniqueIndex(string Name, string Table, IReadOnlyList<string> Columns)
{
    public bool SameAs(UniqueIndex other) =>
        Name == other.Name && Table == other.Table && Columns.SequenceEqual(other.Columns, StringComparer.Ordinal);

    public string ColumnList => string.Join(", ", Columns);
}
