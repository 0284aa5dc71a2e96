using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiStudio.Runtime.Definition;

public sealed class OperandJsonConverter : JsonConverter<Operand>
{
    public override bool HandleNull => true;

    public override Operand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return Operand.Null;
            case JsonTokenType.True:
                return Operand.Boolean(true);
            case JsonTokenType.False:
                return Operand.Boolean(false);
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number)
                    ? Operand.Number(number)
                    : throw new JsonException("The number is out of range.");
            case JsonTokenType.String:
                return Operand.FromJsonString(reader.GetString()!);
            case JsonTokenType.StartArray:
                var items = new List<Operand>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        throw new JsonException("A list value cannot contain another list.");
                    }

                    items.Add(Read(ref reader, typeToConvert, options));
                }

                return Operand.List(items);
            default:
                throw new JsonException("Expected a string, number, boolean, null or list of them.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Operand value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case OperandKind.Null:
                writer.WriteNullValue();
                break;
            case OperandKind.Boolean:
                writer.WriteBooleanValue(value.Text == "true");
                break;
            case OperandKind.Number:
                writer.WriteRawValue(value.Text!);
                break;
            case OperandKind.String:
                writer.WriteStringValue(value.Text!.StartsWith('$') ? "$" + value.Text : value.Text);
                break;
            case OperandKind.Reference:
                writer.WriteStringValue(value.Text);
                break;
            case OperandKind.List:
                writer.WriteStartArray();
                foreach (var item in value.Items)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
