using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The requests behind the error examples: a URL with a sample id and a body built from the table's
/// columns, echoed the way the runtime echoes it (<see cref="BodyRedaction"/> included).
/// </summary>
internal sealed class ExampleRequests(OpenApiContext context, TableFields fields, TableOperation operation)
{
    public RequestEcho Echo(JsonNode? body = null, string query = "")
    {
        var url = context.Project.BasePath.TrimEnd('/') + operation.Path.Replace("{id}", ExampleValues.IdText(fields.Table), StringComparison.Ordinal) + query;
        return new RequestEcho(operation.Method, url, BodyRedaction.Redact(body, fields.Masked), ExampleValues.RequestId);
    }

    /// <summary>The body the operation's examples send, or null when it takes none.</summary>
    public JsonObject? Body() => operation.Kind switch
    {
        TableOperationKind.Create => CreateRecord(),
        TableOperationKind.Update => UpdateRecord(),
        TableOperationKind.BatchCreate => Batch(CreateRecord(), 1),
        TableOperationKind.BatchUpdate => Batch(WithId(UpdateRecord()), 1),
        TableOperationKind.BatchDelete => new JsonObject { ["ids"] = new JsonArray(ExampleValues.IdOf(fields.Table)) },
        TableOperationKind.RecordAction or TableOperationKind.StandaloneAction when operation.Action!.Input.Count > 0 => ActionInput(),
        _ => null,
    };

    /// <summary>The body with one more field set, as a request that breaks a guard or a type sends it.</summary>
    public JsonObject? BodyWith(string field, JsonNode? value)
    {
        var body = Body();
        var target = operation.IsBatch ? body?["records"]?[0]?.AsObject() : body;
        if (target is not null)
        {
            target[field] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>The body without a field, as a request that misses a required one sends it.</summary>
    public JsonObject? BodyWithout(string field)
    {
        var body = Body();
        var target = operation.IsBatch ? body?["records"]?[0]?.AsObject() : body;
        target?.Remove(field);
        return body;
    }

    /// <summary>
    /// A batch one record larger than the project allows. Its records are as small as the route accepts:
    /// only their count matters, and the echo would otherwise fill its 4 KB cap with repeats.
    /// </summary>
    public JsonObject Oversized()
    {
        var count = context.Project.MaxBatchSize + 1;
        JsonNode? Item() => operation.Kind switch
        {
            TableOperationKind.BatchDelete => ExampleValues.IdOf(fields.Table),
            TableOperationKind.BatchUpdate => new JsonObject { ["id"] = ExampleValues.IdOf(fields.Table) },
            _ => new JsonObject(),
        };
        var items = new JsonArray(Enumerable.Range(0, count).Select(_ => Item()).ToArray());
        return operation.Kind == TableOperationKind.BatchDelete
            ? new JsonObject { ["ids"] = items }
            : new JsonObject { ["records"] = items, ["options"] = new JsonObject { ["atomic"] = false } };
    }

    public JsonObject CreateRecord() => Record(fields.Create);

    public JsonObject UpdateRecord() => Record(fields.Update.Take(2));

    private JsonObject ActionInput()
    {
        var body = new JsonObject();
        foreach (var field in operation.Action!.Input)
        {
            body[field.Name] = ExampleValues.For(field);
        }

        return body;
    }

    private JsonObject WithId(JsonObject record)
    {
        var withId = new JsonObject { ["id"] = ExampleValues.IdOf(fields.Table) };
        foreach (var (name, value) in record)
        {
            withId[name] = value?.DeepClone();
        }

        return withId;
    }

    private static JsonObject Batch(JsonObject record, int count) => new()
    {
        ["records"] = new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode?)record.DeepClone()).ToArray()),
        ["options"] = new JsonObject { ["atomic"] = false },
    };

    private static JsonObject Record(IEnumerable<ColumnDefinition> columns)
    {
        var record = new JsonObject();
        foreach (var column in columns)
        {
            record[column.Name] = ExampleValues.For(column);
        }

        return record;
    }
}
