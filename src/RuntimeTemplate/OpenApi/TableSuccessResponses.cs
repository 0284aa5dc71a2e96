using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The success responses of a table operation, shaped as the runtime's operations answer.</summary>
internal static class TableSuccessResponses
{
    public static JsonObject For(TableSchemaNames names, TableOperation operation)
    {
        var responses = new JsonObject();
        switch (operation.Kind)
        {
            case TableOperationKind.List:
                responses["200"] = Cached("A page of records.", names.List);
                responses["304"] = NotModified();
                break;
            case TableOperationKind.View:
                responses["200"] = Cached("A page of the view's records.", names.Views[operation.View!.Name]);
                responses["304"] = NotModified();
                break;
            case TableOperationKind.Get:
                responses["200"] = Cached("The record.", names.Record);
                responses["304"] = NotModified();
                break;
            case TableOperationKind.Create:
                responses["201"] = Json("The created record.", names.Record);
                break;
            case TableOperationKind.Update:
                responses["200"] = Json("The updated record.", names.Record);
                break;
            case TableOperationKind.Delete:
                responses["200"] = Json("The record was deleted.", names.Deleted);
                break;
            case TableOperationKind.BatchCreate:
                responses["201"] = Json("Every record was created.", names.BatchResult);
                responses["207"] = Json("Some records failed; `errors` says which and why.", names.BatchResult);
                break;
            case TableOperationKind.BatchUpdate:
                responses["200"] = Json("Every record was updated.", names.BatchResult);
                responses["207"] = Json("Some records failed; `errors` says which and why.", names.BatchResult);
                break;
            case TableOperationKind.BatchDelete:
                responses["200"] = Json("Every record was deleted.", names.BatchDeleteResult);
                responses["207"] = Json("Some records failed; `errors` says which and why.", names.BatchDeleteResult);
                break;
            case TableOperationKind.RecordAction:
                responses["200"] = Json("The record after the action.", names.Record);
                break;
            default:
                responses["201"] = Json("The record the action created.", names.Record);
                break;
        }

        return responses;
    }

    private static JsonObject Json(string description, string schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = OpenApiContext.SchemaRef(schema) } },
    };

    private static JsonObject Cached(string description, string schema)
    {
        var response = Json(description, schema);
        response["headers"] = new JsonObject
        {
            ["ETag"] = new JsonObject
            {
                ["description"] = "Weak validator of this answer; send it back as If-None-Match.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            },
        };
        return response;
    }

    private static JsonObject NotModified() => new() { ["description"] = "Not Modified: If-None-Match matched the current ETag." };
}
