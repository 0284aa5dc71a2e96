using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security;

/// <summary>
/// What every error body must carry, by dialect: flat (error, layer, code, request) or envelope (success false and
/// error with code, message, layer, reason, request); the request block names the request's method and URL and the
/// id in X-Request-Id.
/// </summary>
public static class ErrorShape
{
    public static IReadOnlyList<string> Problems(HttpResponseMessage response, string text, ErrorDialect dialect)
    {
        var problems = new List<string>();
        if (text.Length == 0)
        {
            return ["the error body is empty"];
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return ["the error body is not a JSON object"];
        }

        var fields = body;
        if (dialect == ErrorDialect.Envelope)
        {
            if (body["success"]?.GetValueKind() != System.Text.Json.JsonValueKind.False)
            {
                problems.Add("an envelope error has no \"success\": false");
            }

            fields = body["error"] as JsonObject ?? [];
            RequireText(fields, "message", problems);
            RequireText(fields, "reason", problems);
            if (fields["code"]?.GetValue<string>() is { } code && !code.Contains('/'))
            {
                problems.Add($"the envelope code '{code}' is not of the form domain/name");
            }
        }
        else
        {
            RequireText(fields, "error", problems);
        }

        RequireText(fields, "layer", problems);
        RequireText(fields, "code", problems);
        if (fields["request"] is not JsonObject request)
        {
            problems.Add("the error body has no request block");
            return problems;
        }

        var sent = response.RequestMessage!;
        if (request["method"]?.GetValue<string>() != sent.Method.Method)
        {
            problems.Add($"request.method is {request["method"]}, not {sent.Method.Method}");
        }

        if (request["url"]?.GetValue<string>() is not { } url || !SameUrl(url, sent.RequestUri!.PathAndQuery))
        {
            problems.Add($"request.url is {request["url"]}, not {sent.RequestUri!.PathAndQuery}");
        }

        var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.Single() : null;
        if (requestId is null || request["requestId"]?.GetValue<string>() != requestId)
        {
            problems.Add($"request.requestId is {request["requestId"]}, X-Request-Id is {requestId}");
        }

        return problems;
    }

    /// <summary>
    /// The echoed URL is the sent one, escaped either way, except that the value of a query parameter may be
    /// "[REDACTED]" (sensitive or masked fields). Parameters are compared name by name, regardless of the case of
    /// the name and of the order of different names.
    /// </summary>
    public static bool SameUrl(string echoed, string sent)
    {
        var (echoedPath, echoedQuery) = Split(echoed);
        var (sentPath, sentQuery) = Split(sent);
        if (Uri.UnescapeDataString(echoedPath) != Uri.UnescapeDataString(sentPath))
        {
            return false;
        }

        var echoedByName = echoedQuery.ToLookup(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var sentByName = sentQuery.ToLookup(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return echoedByName.Count == sentByName.Count && sentByName.All(group =>
            echoedByName[group.Key].Count() == group.Count()
            && echoedByName[group.Key].Zip(group).All(v => v.First == v.Second || v.First == "[REDACTED]"));
    }

    private static (string Path, List<(string Name, string Value)> Query) Split(string url)
    {
        var question = url.IndexOf('?');
        if (question < 0)
        {
            return (url, []);
        }

        var query = url[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Decode(p[0]), p.Length > 1 ? Decode(p[1]) : ""))
            .ToList();
        return (url[..question], query);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void RequireText(JsonObject body, string field, List<string> problems)
    {
        if (body[field] is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String || string.IsNullOrEmpty(value.GetValue<string>()))
        {
            problems.Add($"the error body has no \"{field}\" text");
        }
    }
}
