using System.Text.Json.Nodes;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>A row, already masked, as a response object: every column, or only the requested ones.</summary>
public static class RecordJson
{
    public static JsonObject From(IReadOnlyList<ColumnDefinition> columns, IReadOnlyDictionary<string, object?> row)
    {
        var json = new JsonObject();
        foreach (var column in columns)
        {
            if (row.TryGetValue(column.Name, out var value))
            {
                // A masked value is text whatever the column's type.
                json[column.Name] = value is string text && column.Type is not (ColumnType.Text or ColumnType.Json)
                    ? JsonValue.Create(text)
                    : ColumnValues.ToJson(value, column.Type);
            }
        }

        return json;
    }
}
