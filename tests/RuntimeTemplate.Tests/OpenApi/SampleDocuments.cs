using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.OpenApi;

namespace ApiStudio.Runtime.Tests.OpenApi;

/// <summary>The samples' definitions and their OpenAPI documents, parsed back from the served text.</summary>
public static class SampleDocuments
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static TheoryData<string> Names() => new("crm", "hiring");

    public static ApiDefinition Definition(string name)
    {
        var parsed = DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, name + ".api.json")));
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Diagnostics));
        return parsed.Definition!;
    }

    public static JsonObject Document(string name) => Parse(OpenApiDocumentBuilder.Serialize(Definition(name)));

    public static JsonObject Document(ApiDefinition definition) => Parse(OpenApiDocumentBuilder.Serialize(definition));

    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(item => HttpMethods.Contains(item.Key))
                .Select(item => (path.Key, item.Key, item.Value!.AsObject())));

    public static JsonObject Operation(JsonObject document, string operationId) =>
        Operations(document).Single(o => (string?)o.Operation["operationId"] == operationId).Operation;

    /// <summary>The response of one status, followed through its <c>$ref</c> to the components.</summary>
    public static JsonObject? Response(JsonObject operation, string status) => Resolve(operation["responses"]?[status])?.AsObject();

    /// <summary>The example of one code under one status, whatever the dialect's content type.</summary>
    public static JsonObject? Example(JsonObject operation, string status, string code) =>
        Resolve(Response(operation, status)?["content"]?.AsObject().Single().Value?["examples"]?[code])?["value"]?.AsObject();

    public static IEnumerable<string> ExampleCodes(JsonObject operation, string status) =>
        Response(operation, status)?["content"]?.AsObject().Single().Value?["examples"]?.AsObject().Select(e => e.Key) ?? [];

    /// <summary>The node itself, or the one its <c>$ref</c> (<c>#/components/...</c>) points to in the same document.</summary>
    public static JsonNode? Resolve(JsonNode? node) =>
        node is JsonObject obj && obj["$ref"] is JsonValue reference
            ? ((string)reference!).TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode?)node.Root, (n, segment) => n?[segment])
            : node;

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
