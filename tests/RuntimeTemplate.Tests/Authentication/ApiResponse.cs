using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>A response read once: status, headers and the JSON body, if any.</summary>
public sealed record ApiResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonNode? Json, string Text)
{
    public JsonNode Body => Json ?? throw new InvalidOperationException($"Expected a JSON body, got: '{Text}'");

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public IReadOnlyList<string> SetCookies => Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
}
