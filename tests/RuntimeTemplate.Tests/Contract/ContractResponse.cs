using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>A response read once: status, headers, content type and the JSON body.</summary>
public sealed record ContractResponse(int Status, HttpResponseHeaders Headers, string? MediaType, string Text, JsonObject? Body)
{
    public const string RequestIdHeader = "X-Request-Id";

    public static async Task<ContractResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            JsonObject? body = null;
            try
            {
                body = text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
            }

            return new ContractResponse((int)response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, text, body);
        }
    }

    /// <summary>The single value of a response header, or null.</summary>
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public string RequestId
    {
        get
        {
            var value = Header(RequestIdHeader);
            Assert.False(string.IsNullOrEmpty(value), $"The response has no {RequestIdHeader} header: {Text}");
            return value!;
        }
    }
}
