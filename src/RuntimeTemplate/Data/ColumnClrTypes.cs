using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Data;

/// <summary>
/// The CLR type each column type is stored as, the same in the simulator's property bags and in the
/// export's entity classes. Timestamps are UTC <see cref="DateTime"/> because SQLite cannot compare or
/// sort DateTimeOffset in SQL.
/// </summary>
public static class ColumnClrTypes
{
    public static Type For(ColumnType type) => type switch
    {
        ColumnType.Text => typeof(string),
        ColumnType.Integer => typeof(long),
        ColumnType.Real => typeof(double),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Timestamp => typeof(DateTime),
        ColumnType.Json => typeof(string),
        ColumnType.Uuid => typeof(Guid),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The property type: value types become nullable unless the column is the key or not nullable.</summary>
    public static Type PropertyType(ColumnDefinition column)
    {
        var type = For(column.Type);
        return type.IsValueType && column.Nullable && !column.PrimaryKey ? NullableOf(column.Type) : type;
    }

    // Spelled out rather than made with MakeGenericType, which queries would otherwise pay on every request.
    private static Type NullableOf(ColumnType type) => type switch
    {
        ColumnType.Integer => typeof(long?),
        ColumnType.Real => typeof(double?),
        ColumnType.Boolean => typeof(bool?),
        ColumnType.Timestamp => typeof(DateTime?),
        ColumnType.Uuid => typeof(Guid?),
        _ => typeof(Nullable<>).MakeGenericType(For(type)),
    };
}
