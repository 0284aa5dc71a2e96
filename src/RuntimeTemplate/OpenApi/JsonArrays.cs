using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.OpenApi;

internal static class JsonArrays
{
    public static JsonArray Of(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    public static JsonArray Of(params string[] values) => Of((IEnumerable<string>)values);
}
