using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>A row, already masked, as a response object: every column, or only the requested ones.</summary>
public static class RecordJson
{
    public static JsonObject From(IReadOnlyList<ColumnDefinition> columns, IDictionary<string, object?> row)
    {
        var json = new JsonObject();
        foreach (var column in columns)
        {
            if (row.TryGetValue(column.Name, out var value))
            {
                // A masked value is text whatever the column's type.
                json[column.Name] = IsMaskedText(value, column)
                    ? JsonValue.Create((string)value!)
                    : ColumnValues.ToJson(value, column.Type);
            }
        }

        return json;
    }

    /// <summary>The same object as <see cref="From"/>, written straight to a response.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ColumnDefinition> columns, IDictionary<string, object?> row)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
        {
            if (row.TryGetValue(column.Name, out var value))
            {
                writer.WritePropertyName(column.Name);
                if (IsMaskedText(value, column))
                {
                    writer.WriteStringValue((string)value!);
                }
                else
                {
                    ColumnValues.WriteJson(writer, value, column.Type, ResponseJson.Options);
                }
            }
        }

        writer.WriteEndObject();
    }

    private static bool IsMaskedText(object? value, ColumnDefinition column) =>
        value is string && column.Type is not (ColumnType.Text or ColumnType.Json);
}
