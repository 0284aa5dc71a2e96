using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Turns the errors an operation can answer into its error responses: one per status, its description
/// listing the codes of each layer, and one example per code written by the runtime's own
/// <see cref="ErrorBodyWriter"/>, so the documented body is the body the API sends. Examples and responses
/// live in <c>components/examples</c> and <c>components/responses</c> (see <see cref="SharedComponents"/>) and
/// operations refer to them: most operations of a large API answer the same errors with the same bodies.
/// </summary>
internal static class ErrorResponses
{
    public static void AddTo(OpenApiContext context, JsonObject responses, IEnumerable<ErrorCase> cases)
    {
        // A code listed twice keeps its first example; the second is never written.
        var byCode = new Dictionary<string, (int Status, string ContentType, string Name)>(StringComparer.Ordinal);
        var written = cases
            .Select(c => (Case: c, Example: byCode.TryGetValue(c.Error.Code, out var first) ? first : byCode[c.Error.Code] = ExampleOf(context, c)))
            .GroupBy(w => w.Example.Status)
            .OrderBy(g => g.Key);
        foreach (var group in written)
        {
            var examples = new List<(string Code, string Example)>();
            var codesByLayer = new List<(string Layer, List<string> Codes)>();
            var contentType = group.First().Example.ContentType;
            foreach (var (errorCase, example) in group)
            {
                var error = errorCase.Error;
                if (examples.Exists(e => e.Code == error.Code))
                {
                    continue;
                }

                examples.Add((error.Code, example.Name));
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

            var headers = group.SelectMany(w => w.Case.Error.Headers.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            // The response is its status, content type, headers and examples; its description follows from the codes by layer.
            var key = new StringBuilder().Append(group.Key).Append('\n').Append(contentType).Append('\n').AppendJoin('\t', headers).Append('\n');
            foreach (var (layer, codes) in codesByLayer)
            {
                key.Append(layer).Append(':').AppendJoin(',', codes).Append('\n');
            }

            key.AppendJoin('\t', examples.Select(e => e.Code + "=" + e.Example));
            var name = context.Responses.NameOf(key.ToString(), ReasonPhrases.GetReasonPhrase(group.Key).Replace(" ", "", StringComparison.Ordinal),
                () => Response(context, Describe(group.Key, codesByLayer), headers, contentType, examples));
            responses[group.Key.ToString(CultureInfo.InvariantCulture)] = context.Responses.Reference(name);
        }
    }

    /// <summary>The status, content type and shared example of one case; the body is written only for a case not seen before.</summary>
    private static (int Status, string ContentType, string Name) ExampleOf(OpenApiContext context, ErrorCase errorCase)
    {
        var key = ErrorExampleKey.Of(errorCase);
        if (context.ErrorExamples.TryGetValue(key, out var known))
        {
            return known;
        }

        var (error, request) = errorCase;
        var (status, contentType, body) = ErrorBodyWriter.Write(error, request, context.Project.ErrorDialect);
        var name = context.Examples.NameOf(key.Text, error.Code, () => new JsonObject
        {
            ["summary"] = $"{error.Layer}: {error.Message}",
            ["value"] = body,
        });
        var example = (status, contentType, name);
        context.ErrorExamples.Add(key, example);
        return example;
    }

    private static JsonObject Response(OpenApiContext context, string description, List<string> headers, string contentType, List<(string Code, string Example)> examples)
    {
        var response = new JsonObject { ["description"] = description };
        if (headers.Count > 0)
        {
            response["headers"] = new JsonObject(headers.Select(h => KeyValuePair.Create(h, (JsonNode?)Header(h))));
        }

        response["content"] = new JsonObject
        {
            [contentType] = new JsonObject
            {
                ["schema"] = OpenApiContext.SchemaRef(context.ErrorSchemaName),
                ["examples"] = new JsonObject(examples.Select(e => KeyValuePair.Create(e.Code, (JsonNode?)context.Examples.Reference(e.Example)))),
            },
        };
        return response;
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
