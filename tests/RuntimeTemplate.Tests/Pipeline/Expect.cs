using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Pipeline;

/// <summary>Assertions on responses that show the body when the status is not the expected one.</summary>
public static class Expect
{
    public static async Task<JsonObject> StatusAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["array"] = JsonNode.Parse(text) };
    }

    /// <summary>A flat error body with this status, layer and code, and the request block the contract requires.</summary>
    public static async Task<JsonObject> ErrorAsync(HttpResponseMessage response, int status, string layer, string code)
    {
        var body = await StatusAsync(response, status);
        Assert.Equal(code, body["code"]?.GetValue<string>());
        Assert.Equal(layer, body["layer"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["error"]?.GetValue<string>()));
        var request = body["request"]!.AsObject();
        Assert.Equal(response.RequestMessage!.Method.Method, request["method"]!.GetValue<string>());
        Assert.Equal(response.RequestMessage.RequestUri!.PathAndQuery, request["url"]!.GetValue<string>());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), request["requestId"]!.GetValue<string>());
        return body;
    }
}
