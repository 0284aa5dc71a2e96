using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>
/// What a hostile request must get back: a 4xx (never a 5xx), a JSON error body in the flat dialect that names the
/// request's method and URL, and none of the given secret values echoed anywhere in it.
/// </summary>
public static class Refusal
{
    public static async Task<JsonObject> RequireAsync(HttpResponseMessage response, params string[] neverEchoed)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var request = $"{response.RequestMessage!.Method} {Shorten(response.RequestMessage.RequestUri!.PathAndQuery)}";
        Assert.True(status is >= 400 and < 500, $"{request}: expected a 4xx, got {status}: {Shorten(text)}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var problems = ErrorShape.Problems(response, text, ErrorDialect.Flat);
        Assert.True(problems.Count == 0, $"{request} -> {status}: {string.Join("; ", problems)}\n{Shorten(text)}");
        NeverEchoed(text, neverEchoed);
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>A refusal with this status and code.</summary>
    public static async Task<JsonObject> RequireAsync(HttpResponseMessage response, int status, string code, params string[] neverEchoed)
    {
        var body = await RequireAsync(response, neverEchoed);
        Assert.True((int)response.StatusCode == status && body["code"]?.GetValue<string>() == code,
            $"expected {status} {code}, got {(int)response.StatusCode} {body["code"]}: {Shorten(body.ToJsonString())}");
        return body;
    }

    /// <summary>Neither the raw text nor its decoded JSON values contain any of the values.</summary>
    public static void NeverEchoed(string text, params string[] values)
    {
        var decoded = JsonText.Flatten(text);
        foreach (var value in values.Where(v => v.Length > 0))
        {
            Assert.False(text.Contains(value, StringComparison.Ordinal) || decoded.Contains(value, StringComparison.Ordinal),
                $"the response echoes '{Shorten(value)}': {Shorten(text)}");
        }
    }

    public static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
