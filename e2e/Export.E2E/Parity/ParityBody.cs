using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// Rewrites one side's response bodies so the two sides can be compared whole: request ids and timestamps become
/// placeholders, as do ids that side generated (numbered in the order they first appear, so the same record gets the
/// same placeholder on both sides). Seeded ids stay as they are. On a 429 the seconds to wait depend on when the
/// window opened, so they are replaced too. Everything else, property order included, is compared as sent.
/// </summary>
public sealed partial class ParityBody(IReadOnlySet<string> seededIds)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, string> generatedIds = new(StringComparer.OrdinalIgnoreCase);

    public string Normalize(ParityResponse response)
    {
        if (response.Body.Length == 0)
        {
            return "";
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(response.Body);
        }
        catch (JsonException)
        {
            return "(not JSON) " + Text(response.Body, response.Status);
        }

        return node is null ? "null" : Walk(node, response.Status).ToJsonString(Indented);
    }

    private JsonNode Walk(JsonNode node, int status)
    {
        switch (node)
        {
            case JsonObject json:
                var copy = new JsonObject();
                foreach (var (key, value) in json)
                {
                    copy[key] = key switch
                    {
                        "requestId" => "<requestId>",
                        "retryAfter" when status == 429 => "<seconds>",
                        _ => value is null ? null : Walk(value, status),
                    };
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Walk(item, status)).ToArray());
            default:
                return node.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Text(node.GetValue<string>(), status)) : node.DeepClone();
        }
    }

    private string Text(string text, int status)
    {
        text = Timestamp().Replace(text, "<timestamp>");
        text = Uuid().Replace(text, match => Id(match.Value));
        return status == 429 ? WaitSeconds().Replace(text, "Wait <seconds> seconds") : text;
    }

    private string Id(string id)
    {
        if (seededIds.Contains(id.ToLowerInvariant()))
        {
            return id;
        }

        if (!generatedIds.TryGetValue(id, out var placeholder))
        {
            placeholder = $"<new-id-{generatedIds.Count + 1}>";
            generatedIds[id] = placeholder;
        }

        return placeholder;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"Wait \d+ seconds")]
    private static partial Regex WaitSeconds();
}
