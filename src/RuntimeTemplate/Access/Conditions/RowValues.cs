using System.Globalization;
using System.Text.Json;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// Brings a value from a row dictionary to the column's CLR type. Rows come from EF Core entities, projected
/// SQL rows or request bodies, so an integer may arrive as int, a uuid as text, a timestamp as DateTimeOffset.
/// </summary>
internal static class RowValues
{
    public static bool TryNormalize(object? raw, ColumnType type, out object? value)
    {
        value = null;
        switch (raw)
        {
            case null or DBNull:
                return true;
            case JsonElement json:
                return ColumnValues.TryFromJson(json, type, out value, out _);
            case string text when type is ColumnType.Text or ColumnType.Json:
                value = text;
                return true;
            case string text:
                return ColumnValues.TryFromText(text, type, out value, out _);
            case DateTimeOffset moment when type == ColumnType.Timestamp:
                value = moment.UtcDateTime;
                return true;
            case DateTime moment when type == ColumnType.Timestamp:
                // Unspecified is how SQLite hands back what was stored as UTC.
                value = moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment;
                return true;
            case Guid id when type == ColumnType.Uuid:
                value = id;
                return true;
            case bool flag when type == ColumnType.Boolean:
                value = flag;
                return true;
            case long or int or short or byte or sbyte or ushort or uint when type == ColumnType.Integer:
                value = Convert.ToInt64(raw, CultureInfo.InvariantCulture);
                return true;
            case double or float or decimal or long or int when type == ColumnType.Real:
                value = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }
}
