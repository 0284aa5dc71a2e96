using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Fixed sample values for example bodies. They are constants rather than random so the same definition
/// always gives the same document.
/// </summary>
internal static class ExampleValues
{
    public const string RecordId = "3f2a9c1e-7b4d-4e8a-9c61-0d5b2e8f4a17";
    public const string OtherId = "9c1e4b7a-2d3f-4a6b-8e5c-1f0a7d3b6e92";
    public const string RequestId = "0c4f2c9e-5b1a-4d3e-8f7a-6b2c9d1e0f35";
    public const string Timestamp = "2025-01-15T09:30:00Z";

    /// <summary>The id used in example URLs, in the primary key's type.</summary>
    public static JsonNode IdOf(TableDefinition table) => table.PrimaryKey?.Type switch
    {
        ColumnType.Integer => JsonValue.Create(42L),
        ColumnType.Uuid or null => JsonValue.Create(RecordId),
        _ => JsonValue.Create("rec_01J8X4"),
    };

    public static string IdText(TableDefinition table) => IdOf(table).ToJsonString().Trim('"');

    public static JsonNode? For(ColumnDefinition column)
    {
        if (column.Default is { Kind: not OperandKind.Reference } literal)
        {
            return Literal(literal);
        }

        return column.References is not null && column.Type == ColumnType.Uuid
            ? JsonValue.Create(OtherId)
            : Of(column.Name, column.Type, column.Format, column.Enum, column.MaxLength);
    }

    public static JsonNode? For(ActionInputField field) => Of(field.Name, field.Type, null, field.Enum, field.MaxLength);

    public static JsonNode? Of(string name, ColumnType type, ColumnFormat? format, IReadOnlyList<string> enumValues, int? maxLength)
    {
        if (enumValues.Count > 0)
        {
            return JsonValue.Create(enumValues[0]);
        }

        return type switch
        {
            ColumnType.Integer => JsonValue.Create(3L),
            ColumnType.Real => JsonValue.Create(1250.5),
            ColumnType.Boolean => JsonValue.Create(true),
            ColumnType.Timestamp => JsonValue.Create(Timestamp),
            ColumnType.Uuid => JsonValue.Create(OtherId),
            ColumnType.Json => new JsonObject { ["note"] = "any JSON value" },
            _ => JsonValue.Create(Text(name, format, maxLength)),
        };
    }

    public static JsonNode? Literal(Operand operand) => operand.Kind switch
    {
        OperandKind.Null => null,
        OperandKind.String => JsonValue.Create(operand.Text),
        OperandKind.Boolean => JsonValue.Create(operand.Text == "true"),
        OperandKind.Number => JsonNode.Parse(operand.Text!),
        OperandKind.List => new JsonArray(operand.Items.Select(Literal).ToArray()),
        _ => JsonValue.Create(operand.Text),
    };

    private static string Text(string name, ColumnFormat? format, int? maxLength)
    {
        var text = format switch
        {
            ColumnFormat.Email => "ann@example.com",
            ColumnFormat.Url => "https://example.com",
            ColumnFormat.Phone => "+15550100",
            ColumnFormat.Date => "1990-04-01",
            _ => "Example " + name,
        };
        return maxLength is { } max && max > 0 && text.Length > max ? text[..max] : text;
    }
}
