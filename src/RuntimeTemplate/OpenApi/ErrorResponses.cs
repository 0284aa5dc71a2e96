using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Turns the errors an operation can answer into its error responses: one per status, its description
/// listing the codes of each layer, and one example per code written by the runtime's own
/// <see cref="ErrorBodyWriter"/>, so the documented body is the body the API sends.
/// </summary>
internal static class ErrorResponses
{
    public static void AddTo(OpenApiContext context, JsonObject responses, IEnumerable<ErrorCase> cases)
    {
        var written = cases
            .Select(c => (Case: c, Body: ErrorBodyWriter.Write(c.Error, c.Request, context.Project.ErrorDialect)))
            .GroupBy(w => w.Body.Status)
            .OrderBy(g => g.Key);
        foreach (var group in written)
        {
            var examples = new JsonObject();
            var codesByLayer = new List<(string Layer, List<string> Codes)>();
            var contentType = group.First().Body.ContentType;
            foreach (var (errorCase, body) in group)
            {
                var error = errorCase.Error;
                if (examples.ContainsKey(error.Code))
                {
                    continue;
                }

                examples[error.Code] = new JsonObject
                {
                    ["summary"] = $"{error.Layer}: {error.Message}",
                    ["value"] = body.Body,
                };
                var layer = codesByLayer.FindIndex(l => l.Layer == error.Layer);
                if (layer < 0)
                {
                    codesByLayer.Add((error.Layer, [error.Code]));
                }
                else
                {
                    codesByLayer[layer].Codes.Add(error.Code);
                }
            }

            var response = new JsonObject { ["description"] = Describe(group.Key, codesByLayer) };
            var headers = group.SelectMany(w => w.Case.Error.Headers.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (headers.Count > 0)
            {
                response["headers"] = new JsonObject(headers.Select(h => KeyValuePair.Create(h, (JsonNode?)Header(h))));
            }

            response["content"] = new JsonObject
            {
                [contentType] = new JsonObject
                {
                    ["schema"] = OpenApiContext.SchemaRef(context.ErrorSchemaName),
                    ["examples"] = examples,
                },
            };
            responses[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }
    }

    private static JsonObject Header(string name) => name == "Retry-After"
        ? new JsonObject { ["description"] = "Seconds to wait before trying again.", ["schema"] = new JsonObject { ["type"] = "integer" } }
        : new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } };

    private static string Describe(int status, List<(string Layer, List<string> Codes)> codesByLayer)
    {
        var text = new StringBuilder(ReasonPhrases.GetReasonPhrase(status)).Append(". Codes by layer:\n");
        foreach (var (layer, codes) in codesByLayer)
        {
            text.Append("\n- **").Append(layer).Append("**: ").AppendJoin(", ", codes.Select(c => $"`{c}`"));
        }

        return text.ToString();
    }
}
