using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>Schemas every table shares. Claimed before any table's, so they keep these names.</summary>
internal static class SharedSchemas
{
    public const string Pagination = "Pagination";
    public const string BatchOptions = "BatchOptions";
    public const string BatchMeta = "BatchMeta";
    public const string BatchItemError = "BatchItemError";

    public static void Add(OpenApiContext context)
    {
        foreach (var name in new[] { Pagination, BatchOptions, BatchMeta, BatchItemError })
        {
            context.ComponentNames.Claim(name);
        }

        context.Schemas[Pagination] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = JsonArrays.Of("count", "page", "pageSize", "hasMore"),
            ["properties"] = new JsonObject
            {
                ["count"] = Integer("Records on this page."),
                ["page"] = Integer("This page's number, from 1."),
                ["pageSize"] = Integer($"The limit applied (default {ListQuery.DefaultLimit}, at most {ListQuery.MaxLimit})."),
                ["hasMore"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether a next page exists." },
                ["total"] = Integer("Records matching the query; only with `total=true`."),
            },
        };
        context.Schemas[BatchOptions] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["atomic"] = new JsonObject
                {
                    ["type"] = "boolean",
                    ["default"] = false,
                    ["description"] = "All or nothing: the first failure rolls every change back and answers 400 `BATCH_ATOMIC_FAILED`.",
                },
            },
        };
        context.Schemas[BatchMeta] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = JsonArrays.Of("total", "succeeded", "failed", "atomic"),
            ["properties"] = new JsonObject
            {
                ["total"] = Integer("Records in the request."),
                ["succeeded"] = Integer("Records that succeeded."),
                ["failed"] = Integer("Records that failed."),
                ["atomic"] = new JsonObject { ["type"] = "boolean" },
            },
        };
        context.Schemas[BatchItemError] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "One record's error in a batch answer: the flat error body, in every dialect, without the request block "
                + "(the answer as a whole stands for the request).",
            ["required"] = JsonArrays.Of("error", "layer", "code"),
            ["properties"] = new JsonObject
            {
                ["error"] = new JsonObject { ["type"] = "string" },
                ["layer"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of(ErrorVocabulary.Layers) },
                ["code"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of(ErrorVocabulary.Codes) },
                ["details"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = true },
                ["hint"] = new JsonObject { ["type"] = "string" },
            },
        };
    }

    private static JsonObject Integer(string description) => new() { ["type"] = "integer", ["minimum"] = 0, ["description"] = description };
}
