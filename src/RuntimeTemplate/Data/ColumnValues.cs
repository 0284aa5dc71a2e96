using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Data;

/// <summary>Converts column values between JSON, query-string text, definition operands and stored CLR values.</summary>
public static class ColumnValues
{
    /// <summary>Reads a JSON value into the column's CLR type; false with a reason when it does not fit.</summary>
    public static bool TryFromJson(JsonElement value, ColumnType type, out object? result, out string? error)
    {
        result = null;
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (type)
        {
            case ColumnType.Json:
                result = value.GetRawText();
                return true;
            case ColumnType.Text when value.ValueKind == JsonValueKind.String:
                result = value.GetString();
                return true;
            case ColumnType.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var integer):
                result = integer;
                return true;
            case ColumnType.Real when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var real) && double.IsFinite(real):
                result = real;
                return true;
            case ColumnType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                result = value.GetBoolean();
                return true;
            case ColumnType.Timestamp when value.ValueKind == JsonValueKind.String:
                return TryFromText(value.GetString()!, type, out result, out error);
            case ColumnType.Uuid when value.ValueKind == JsonValueKind.String:
                return TryFromText(value.GetString()!, type, out result, out error);
            default:
                error = $"expected {Describe(type)}";
                return false;
        }
    }

    /// <summary>Reads text (a query-string value, a context id) into the column's CLR type.</summary>
    public static bool TryFromText(string text, ColumnType type, out object? result, out string? error)
    {
        result = null;
        error = null;
        switch (type)
        {
            case ColumnType.Text or ColumnType.Json:
                result = text;
                return true;
            case ColumnType.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                result = integer;
                return true;
            case ColumnType.Real when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real):
                result = real;
                return true;
            case ColumnType.Boolean when bool.TryParse(text, out var boolean):
                result = boolean;
                return true;
            case ColumnType.Timestamp when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment):
                result = moment.UtcDateTime;
                return true;
            case ColumnType.Uuid when Guid.TryParse(text, out var id):
                result = id;
                return true;
            default:
                error = $"expected {Describe(type)}";
                return false;
        }
    }

    /// <summary>The stored value of a literal operand (never a reference or a list).</summary>
    public static bool TryFromOperand(Operand operand, ColumnType type, out object? result, out string? error)
    {
        result = null;
        error = null;
        return operand.Kind switch
        {
            OperandKind.Null => true,
            OperandKind.String or OperandKind.Number or OperandKind.Boolean => TryFromText(operand.Text!, type, out result, out error),
            _ => Fail($"{operand} is not a literal value", out error),
        };
    }

    /// <summary>How a stored value appears in a response body.</summary>
    public static JsonNode? ToJson(object? value, ColumnType type) => value switch
    {
        null => null,
        DateTime moment => JsonValue.Create(DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
        Guid id => JsonValue.Create(id.ToString()),
        string text when type == ColumnType.Json => ParseJsonOrText(text),
        string text => JsonValue.Create(text),
        long integer => JsonValue.Create(integer),
        int integer => JsonValue.Create((long)integer),
        double real => JsonValue.Create(real),
        bool boolean => JsonValue.Create(boolean),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Writes a stored value as <see cref="ToJson"/> shows it, straight to a response being written.</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value, ColumnType type, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case DateTime moment:
                // The round-trip format has a fast path; its first 23 characters are the milliseconds format's,
                // since both cut the fraction rather than round it.
                Span<char> roundTrip = stackalloc char[32];
                DateTime.SpecifyKind(moment, DateTimeKind.Utc).TryFormat(roundTrip, out _, "O", CultureInfo.InvariantCulture);
                roundTrip[23] = 'Z';
                writer.WriteStringValue(roundTrip[..24]);
                break;
            case Guid id:
                Span<char> guid = stackalloc char[36];
                id.TryFormat(guid, out _);
                writer.WriteStringValue(guid);
                break;
            case string json when type == ColumnType.Json:
                if (ParseJsonOrText(json) is { } node)
                {
                    node.WriteTo(writer, options);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case int integer:
                writer.WriteNumberValue((long)integer);
                break;
            case double real:
                writer.WriteNumberValue(real);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    public static string Describe(ColumnType type) => type switch
    {
        ColumnType.Text => "a string",
        ColumnType.Integer => "a whole number",
        ColumnType.Real => "a number",
        ColumnType.Boolean => "true or false",
        ColumnType.Timestamp => "an ISO 8601 timestamp string",
        ColumnType.Uuid => "a uuid string",
        _ => "a JSON value",
    };

    private static JsonNode? ParseJsonOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
