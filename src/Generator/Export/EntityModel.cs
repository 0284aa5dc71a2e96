using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>The entity class of one table: its name and one member per effective column, in column order.</summary>
public sealed record EntityModel(TableDefinition Table, string ClassName, IReadOnlyList<EntityMember> Members)
{
    public EntityMember Key => Members.First(m => m.Column.PrimaryKey);

    public EntityMember Member(string column) => Members.First(m => m.ColumnName == column);
}
