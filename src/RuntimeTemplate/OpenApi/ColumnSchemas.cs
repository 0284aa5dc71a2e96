using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a column's or an input field's value.</summary>
internal static class ColumnSchemas
{
    /// <summary>The schema of a value a client sends: the column's type, format, enum and length, null where allowed.</summary>
    public static JsonObject Value(ColumnType type, ColumnFormat? format, IReadOnlyList<string> enumValues, int? maxLength, bool nullable)
    {
        var schema = new JsonObject();
        var jsonType = JsonType(type);
        if (jsonType is not null)
        {
            schema["type"] = nullable ? new JsonArray(jsonType, "null") : jsonType;
        }

        if (FormatOf(type, format) is { } formatName)
        {
            schema["format"] = formatName;
        }

        if (enumValues.Count > 0)
        {
            var values = enumValues.Select(v => (JsonNode?)v).ToList();
            if (nullable)
            {
                values.Add(null);
            }

            schema["enum"] = new JsonArray(values.ToArray());
        }

        if (maxLength is { } max && type == ColumnType.Text)
        {
            schema["maxLength"] = max;
        }

        return schema;
    }

    public static JsonObject Input(ColumnDefinition column)
    {
        var schema = Value(column.Type, column.Format, column.Enum, column.MaxLength, IsNullable(column));
        AddDefault(schema, column);
        Describe(schema, InputNotes(column));
        return schema;
    }

    public static JsonObject Input(ActionInputField field)
    {
        var schema = Value(field.Type, null, field.Enum, field.MaxLength, nullable: !field.Required);
        Describe(schema, [field.Description]);
        return schema;
    }

    /// <summary>
    /// The schema of a column in a response. Masked columns also admit the masked text (an email column
    /// may read <c>p***@e******.com</c>, a number <c>[REDACTED]</c>), so their format, enum and length go.
    /// </summary>
    public static JsonObject Output(OpenApiContext context, ColumnDefinition column, MaskingRule? mask, bool managed)
    {
        var masked = mask is not null && mask.Kind != MaskKind.None;
        JsonObject schema;
        if (masked)
        {
            var type = JsonType(column.Type);
            var types = new List<string>();
            if (type is not null)
            {
                types.Add(type);
            }

            if (type != "string")
            {
                types.Add("string");
            }

            if (IsNullable(column))
            {
                types.Add("null");
            }

            schema = type is null ? [] : new JsonObject { ["type"] = types.Count == 1 ? types[0] : new JsonArray(types.Select(t => (JsonNode?)t).ToArray()) };
        }
        else
        {
            schema = Value(column.Type, column.Format, column.Enum, column.MaxLength, IsNullable(column));
        }

        if (managed)
        {
            schema["readOnly"] = true;
        }

        var notes = InputNotes(column).ToList();
        if (managed)
        {
            notes.Add("Set by the server.");
        }

        if (masked)
        {
            notes.Add(MaskNote(context, mask!));
        }

        Describe(schema, notes);
        return schema;
    }

    /// <summary>The schema of a filter value in the query string: the column's type without null.</summary>
    public static JsonObject Query(ColumnDefinition column) =>
        Value(column.Type, column.Format, column.Enum, maxLength: null, nullable: false);

    /// <summary>A key is never null, whatever its <c>nullable</c> says (the entity binding treats it the same way).</summary>
    private static bool IsNullable(ColumnDefinition column) => column.Nullable && !column.PrimaryKey;

    private static IEnumerable<string?> InputNotes(ColumnDefinition column)
    {
        yield return column.Description;
        if (column.Unique)
        {
            yield return "Unique.";
        }

        if (column.References is { } target)
        {
            yield return $"References `{target}`.";
        }

        if (column.Default is { Kind: OperandKind.Reference, Text: Operand.Now })
        {
            yield return "Defaults to the time of the insert.";
        }
        else if (column.Default is { Kind: OperandKind.Reference, Text: Operand.NewUuid })
        {
            yield return "Defaults to a new UUID.";
        }
    }

    private static string MaskNote(OpenApiContext context, MaskingRule mask)
    {
        var who = new List<string>();
        if (mask.Show.Roles.Count > 0)
        {
            who.Add("role " + context.DescribeRoles(mask.Show.Roles));
        }

        if (mask.Show.Owner)
        {
            who.Add("the record's owner");
        }

        var kind = mask.Kind.ToString();
        var masked = $"Masked ({char.ToLowerInvariant(kind[0]) + kind[1..]})";
        return who.Count == 0 ? masked + " for every caller: the name looks sensitive and no rule says who may see it." : $"{masked} unless the caller is {string.Join(" or ", who)}.";
    }

    private static void AddDefault(JsonObject schema, ColumnDefinition column)
    {
        if (column.Default is { Kind: not OperandKind.Reference } literal)
        {
            schema["default"] = ExampleValues.Literal(literal);
        }
    }

    private static void Describe(JsonObject schema, IEnumerable<string?> notes)
    {
        var text = string.Join(" ", notes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        if (text.Length > 0)
        {
            schema["description"] = text;
        }
    }

    /// <summary>Null for JSON columns: any JSON value is accepted.</summary>
    private static string? JsonType(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Real => "number",
        ColumnType.Boolean => "boolean",
        ColumnType.Json => null,
        _ => "string",
    };

    private static string? FormatOf(ColumnType type, ColumnFormat? format) => type switch
    {
        ColumnType.Uuid => "uuid",
        ColumnType.Timestamp => "date-time",
        ColumnType.Integer => "int64",
        ColumnType.Real => "double",
        ColumnType.Text => format switch
        {
            ColumnFormat.Email => "email",
            ColumnFormat.Url => "uri",
            ColumnFormat.Date => "date",
            ColumnFormat.Phone => "phone",
            _ => null,
        },
        _ => null,
    };
}
