using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiStudio.Runtime.Definition;

/// <summary>Reads and writes the <c>{ field: { operator: value }, and: [], or: [] }</c> form of a condition.</summary>
public sealed class ConditionJsonConverter : JsonConverter<Condition>
{
    public override Condition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A condition is an object: { \"field\": { \"equals\": value } }.");
        }

        var comparisons = new List<Comparison>();
        var and = new List<Condition>();
        var or = new List<Condition>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            switch (key)
            {
                case "and":
                    and.AddRange(ReadList(ref reader, options));
                    break;
                case "or":
                    or.AddRange(ReadList(ref reader, options));
                    break;
                default:
                    ReadFieldTests(ref reader, key, comparisons, options);
                    break;
            }
        }

        return new Condition { Comparisons = comparisons, And = and, Or = or };
    }

    private List<Condition> ReadList(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("'and' and 'or' take a list of conditions.");
        }

        var list = new List<Condition>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(Read(ref reader, typeof(Condition), options));
        }

        return list;
    }

    private static void ReadFieldTests(ref Utf8JsonReader reader, string field, List<Comparison> comparisons, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The test of field '{field}' is an object such as {{ \"equals\": value }}.");
        }

        var operandConverter = (JsonConverter<Operand>)options.GetConverter(typeof(Operand));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!ComparisonOperators.TryParse(name, out var op))
            {
                throw new JsonException(
                    $"Unknown operator '{name}' for field '{field}'; use one of {string.Join(", ", ComparisonOperators.Names)}.");
            }

            reader.Read();
            comparisons.Add(new Comparison(field, op, operandConverter.Read(ref reader, typeof(Operand), options)!));
        }
    }

    public override void Write(Utf8JsonWriter writer, Condition value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var group in value.Comparisons.GroupBy(c => c.Field))
        {
            writer.WriteStartObject(group.Key);
            foreach (var comparison in group)
            {
                writer.WritePropertyName(ComparisonOperators.NameOf(comparison.Operator));
                JsonSerializer.Serialize(writer, comparison.Value, options);
            }

            writer.WriteEndObject();
        }

        WriteList(writer, "and", value.And, options);
        WriteList(writer, "or", value.Or, options);
        writer.WriteEndObject();
    }

    private void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<Condition> list, JsonSerializerOptions options)
    {
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in list)
        {
            Write(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
