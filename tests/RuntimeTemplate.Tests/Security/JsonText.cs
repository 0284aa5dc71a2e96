using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Security;

/// <summary>
/// Every property name and value of a JSON document as plain text, one per line, with string escapes undone, so
/// a search for a value finds it however the serializer chose to escape it.
/// </summary>
public static class JsonText
{
    public static string Flatten(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString();
    }

    /// <summary>The flattened document, or the raw text when it is not JSON.</summary>
    public static string Flatten(string raw)
    {
        try
        {
            return Flatten(JsonNode.Parse(raw));
        }
        catch (JsonException)
        {
            return raw;
        }
    }

    private static void Append(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    text.Append(key).Append('\n');
                    Append(value, text);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Append(item, text);
                }

                break;
            case JsonValue value:
                text.Append(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()).Append('\n');
                break;
        }
    }
}
