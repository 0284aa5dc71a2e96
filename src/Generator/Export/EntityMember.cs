using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>
/// How one column appears on its entity class. The runtime addresses columns by their definition name
/// (<c>EF.Property&lt;T&gt;(row, "firstName")</c>), so that is the EF property's name: a field spelled like the column
/// backs a PascalCase property for the user's code. A column already spelled in PascalCase needs no field.
/// </summary>
/// <param name="Column">The column, one of the table's effective columns (declared, audit, soft delete).</param>
/// <param name="PropertyName">The C# property.</param>
/// <param name="FieldName">The backing field named as the column (escaped when a keyword), or null when the property carries the column's name.</param>
/// <param name="TypeName">The property's C# type, from <c>ColumnClrTypes.PropertyType</c> (with <c>?</c> for nullable text).</param>
/// <param name="IsValueType">The CLR type is a value type.</param>
/// <param name="IsNullable">The property may hold null.</param>
public sealed record EntityMember(ColumnDefinition Column, string PropertyName, string? FieldName, string TypeName, bool IsValueType, bool IsNullable)
{
    public string ColumnName => Column.Name;

    /// <summary>The CLR type as <c>EF.Property&lt;T&gt;</c> and <c>Property&lt;T&gt;</c> take it (no nullable annotation on reference types).</summary>
    public string ClrTypeName => IsValueType ? TypeName : TypeName.TrimEnd('?');
}
