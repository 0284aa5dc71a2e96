namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>Compares two schemas by content (records compare their lists by reference).</summary>
internal sealed class SchemaComparer : IEqualityComparer<SchemaShape>
{
    public bool Equals(SchemaShape? x, SchemaShape? y) =>
        x is not null && y is not null
        && x.Tables.SequenceEqual(y.Tables) && x.Columns.SequenceEqual(y.Columns) && x.Indexes.SequenceEqual(y.Indexes);

    public int GetHashCode(SchemaShape obj) => obj.Tables.Count;
}
