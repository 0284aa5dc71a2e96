using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApiStudio.Studio.Simulator;

/// <summary>Indents a JSON text for reading; anything that is not JSON is shown as it is.</summary>
public static class PrettyJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "(empty body)";
        }

        try
        {
            return JsonNode.Parse(text)?.ToJsonString(Indented) ?? text;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
