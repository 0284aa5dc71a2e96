using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The error body schema of the project's dialect (flat, envelope or problem+json) and the request echo it carries.</summary>
internal static class ErrorSchemas
{
    public static void Add(OpenApiContext context)
    {
        var echo = context.ComponentNames.Claim("RequestEcho");
        context.Schemas[echo] = RequestEcho();
        var (name, schema) = context.Project.ErrorDialect switch
        {
            ErrorDialect.Envelope => ("ErrorEnvelope", Envelope(echo)),
            ErrorDialect.Problem => ("ProblemDetails", Problem(echo)),
            _ => ("ErrorBody", Flat(echo)),
        };
        context.ErrorSchemaName = context.ComponentNames.Claim(name);
        context.Schemas[context.ErrorSchemaName] = schema;
    }

    private static JsonObject Flat(string echo) => new()
    {
        ["type"] = "object",
        ["description"] = "Every error of this API (the flat dialect): the layer that refused the request, a stable code, "
            + "layer-specific details, a hint, and the request it answers.",
        ["required"] = JsonArrays.Of("error", "layer", "code", "request"),
        ["properties"] = new JsonObject
        {
            ["error"] = Text("Human-readable message."),
            ["layer"] = Enum(ErrorVocabulary.Layers, "Security layer that rejected the request."),
            ["code"] = Enum(ErrorVocabulary.Codes, "Machine-readable error code."),
            ["details"] = Details(),
            ["hint"] = Text("What to do about it."),
            ["requestId"] = Text("On 500 responses: the id to look up in the server's logs."),
            ["request"] = OpenApiContext.SchemaRef(echo),
        },
    };

    private static JsonObject Envelope(string echo) => new()
    {
        ["type"] = "object",
        ["description"] = "Every error of this API (the envelope dialect): `success` is false and `error.code` is a `domain/name` code; "
            + "`error.reason` carries the runtime's code and `error.layer` the security layer.",
        ["required"] = JsonArrays.Of("success", "error"),
        ["properties"] = new JsonObject
        {
            ["success"] = new JsonObject { ["const"] = false },
            ["error"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = JsonArrays.Of("code", "message", "layer", "reason", "request"),
                ["properties"] = new JsonObject
                {
                    ["code"] = Enum(ErrorVocabulary.EnvelopeCodeNames, "`domain/name` code; the status follows from its name."),
                    ["message"] = Text("Human-readable message."),
                    ["layer"] = Enum(ErrorVocabulary.Layers, "Security layer that rejected the request."),
                    ["reason"] = Enum(ErrorVocabulary.Codes, "The runtime's code, the same in every dialect."),
                    ["details"] = Details(),
                    ["hint"] = Text("What to do about it."),
                    ["request"] = OpenApiContext.SchemaRef(echo),
                },
            },
        },
    };

    private static JsonObject Problem(string echo) => new()
    {
        ["type"] = "object",
        ["description"] = "Every error of this API as RFC 9457 problem details (`application/problem+json`) with `layer` and `code` extensions.",
        ["required"] = JsonArrays.Of("type", "title", "status", "layer", "code", "requestId", "request"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference", ["description"] = "`urn:api-studio:error:` and the code." },
            ["title"] = Text("Human-readable message."),
            ["status"] = new JsonObject { ["type"] = "integer", ["description"] = "The HTTP status." },
            ["instance"] = Text("The request's path and query."),
            ["detail"] = Text("What to do about it."),
            ["layer"] = Enum(ErrorVocabulary.Layers, "Security layer that rejected the request."),
            ["code"] = Enum(ErrorVocabulary.Codes, "Machine-readable error code."),
            ["details"] = Details(),
            ["hint"] = Text("What to do about it."),
            ["requestId"] = Text("The id to look up in the server's logs."),
            ["request"] = OpenApiContext.SchemaRef(echo),
        },
    };

    private static JsonObject RequestEcho() => new()
    {
        ["type"] = "object",
        ["description"] = $"The request an error answers. Values of sensitive keys (password, token, secret, apiKey, ...) and of masked "
            + $"fields read \"{BodyRedaction.Redacted}\"; the body is cut at {BodyRedaction.MaxBytes / 1024} KB.",
        ["required"] = JsonArrays.Of("method", "url", "requestId"),
        ["properties"] = new JsonObject
        {
            ["method"] = Text("HTTP method."),
            ["url"] = Text("Path and query."),
            ["body"] = Text("The request body, redacted and capped."),
            ["requestId"] = Text("Also sent as the X-Request-Id header."),
        },
    };

    private static JsonObject Details() => new()
    {
        ["type"] = "object",
        ["description"] = "Layer-specific context: `required` and `current` (access), `fields` (guards, validation), `errors` "
            + "(validation), `column` (database), `limit` and `retryAfter` (rate limit), `name`, `cause` and `frames` (500).",
        ["additionalProperties"] = true,
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject Enum(IEnumerable<string> values, string description) => new()
    {
        ["type"] = "string",
        ["description"] = description,
        ["enum"] = JsonArrays.Of(values),
    };
}
