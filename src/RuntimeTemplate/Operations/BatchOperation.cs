using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Masking;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Operations;

/// <summary>
/// <c>POST|PATCH|DELETE {base}/{table}/batch</c>. Each record passes the same layers as a single write.
/// Non-atomic: 201/200 when all succeed, 207 with <c>success</c>, <c>errors</c> and <c>meta</c> otherwise.
/// Atomic: one transaction; the first failure rolls everything back with 400 BATCH_ATOMIC_FAILED.
/// </summary>
public static class BatchOperation
{
    public static async Task<IResult> HandleCreateAsync(TableRequest request)
    {
        var scope = RecordAccess.Enter(request, "create", request.Table.Access.Create, request.AccessPath(CrudOperation.Create));
        var batch = await ReadAsync(request, "records");
        return await RunAsync(request, batch, StatusCodes.Status201Created, async item =>
            RecordOutput.Render(request, await CreateOperation.InsertAsync(request, scope, ObjectOf(item)), traceMasking: false));
    }

    public static async Task<IResult> HandleUpdateAsync(TableRequest request)
    {
        var rule = request.Table.Access.Update;
        var scope = RecordAccess.Enter(request, "update", rule, request.AccessPath(CrudOperation.Update));
        var batch = await ReadAsync(request, "records");
        var keyName = request.Store.Key.Name;
        var missing = batch.Items.Select((item, index) => (item, index))
            .Where(x => x.item.ValueKind != JsonValueKind.Object || !x.item.TryGetProperty(keyName, out var id) || id.ValueKind is JsonValueKind.Null)
            .Select(x => x.index).ToList();
        if (missing.Count > 0)
        {
            throw new ApiException(ApiErrors.BatchMissingIds(missing));
        }

        return await RunAsync(request, batch, StatusCodes.Status200OK, async item =>
        {
            var fields = ObjectOf(item);
            var (id, row) = await RecordAccess.FindAsync(request, scope, IdText(fields[keyName]));
            RecordAccess.CheckRecordRules(request, rule, row, request.AccessPath(CrudOperation.Update));
            var body = fields.Where(f => f.Key != keyName).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            return RecordOutput.Render(request, await UpdateOperation.WriteAsync(request, scope, id, body), traceMasking: false);
        });
    }

    public static async Task<IResult> HandleDeleteAsync(TableRequest request)
    {
        var rule = request.Table.Access.Delete;
        var scope = RecordAccess.Enter(request, "delete", rule, request.AccessPath(CrudOperation.Delete));
        var batch = await ReadAsync(request, "ids");
        var missing = batch.Items.Select((item, index) => (item, index))
            .Where(x => x.item.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)).Select(x => x.index).ToList();
        if (missing.Count > 0)
        {
            throw new ApiException(ApiErrors.BatchMissingIds(missing));
        }

        return await RunAsync(request, batch, StatusCodes.Status200OK, async item =>
        {
            var (id, row) = await RecordAccess.FindAsync(request, scope, IdText(item));
            RecordAccess.CheckRecordRules(request, rule, row, request.AccessPath(CrudOperation.Delete));
            await DeleteOperation.RemoveAsync(request, scope, id);
            return DeleteOperation.Deleted(request, id);
        });
    }

    private static async Task<BatchBody> ReadAsync(TableRequest request, string itemsField)
    {
        var body = await RequestBodyReader.ReadObjectAsync(request.Http.Request, request.Options.MaxBodyBytes, cancellationToken: request.Aborted);
        return BatchBody.Parse(body, itemsField, request.Definition.Project.MaxBatchSize);
    }

    private static async Task<IResult> RunAsync(TableRequest request, BatchBody batch, int allSucceededStatus, Func<JsonElement, Task<JsonObject>> apply)
    {
        var database = request.Store.Database.Database;
        await using var transaction = batch.Atomic ? await database.BeginTransactionAsync(request.Aborted) : null;
        var succeeded = new JsonArray();
        var errors = new JsonArray();
        for (var index = 0; index < batch.Items.Count; index++)
        {
            var item = batch.Items[index];
            try
            {
                succeeded.Add(await apply(item));
            }
            catch (ApiException exception)
            {
                request.Store.Database.ChangeTracker.Clear();
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(request.Aborted);
                    request.Trace.Failed(ErrorLayer.Validation, "atomic", $"record {index} failed with {exception.Error.Code}; every change was rolled back",
                        "Fix that record and send the whole batch again.");
                    throw new ApiException(ApiErrors.BatchAtomicFailed(index, exception.Error));
                }

                errors.Add(new JsonObject { ["index"] = index, ["record"] = Echo(request, item), ["error"] = ErrorJson(exception.Error) });
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(request.Aborted);
        }

        request.Trace.Passed(ErrorLayer.Database, "batch", $"batch of {batch.Items.Count}: {succeeded.Count} succeeded, {errors.Count} failed" +
            (batch.Atomic ? " (atomic)" : ""));
        var body = new JsonObject
        {
            ["success"] = succeeded,
            ["errors"] = errors,
            ["meta"] = new JsonObject
            {
                ["total"] = batch.Items.Count,
                ["succeeded"] = succeeded.Count,
                ["failed"] = errors.Count,
                ["atomic"] = batch.Atomic,
            },
        };
        return JsonResponse.Status(request.Http, errors.Count == 0 ? allSucceededStatus : StatusCodes.Status207MultiStatus, body);
    }

    private static IReadOnlyDictionary<string, JsonElement> ObjectOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
            ? RequestBodyReader.FieldsOf(item)
            : throw new ApiException(ApiErrors.MalformedJson($"each record must be an object, not {item.ValueKind.ToString().ToLowerInvariant()}"));

    private static string IdText(JsonElement id) => id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();

    /// <summary>The record as sent, with sensitive keys and masked fields redacted like the request echo.</summary>
    private static JsonNode? Echo(TableRequest request, JsonElement item)
    {
        var text = BodyRedaction.Redact(item.GetRawText(), RecordMasking.MaskedFields(request.Table)) ?? "null";
        return text.EndsWith(BodyRedaction.TruncatedMarker, StringComparison.Ordinal) ? JsonValue.Create(text) : JsonNode.Parse(text);
    }

    /// <summary>One record's error: the flat body without the request block, which the response as a whole stands for.</summary>
    private static JsonObject ErrorJson(ApiError error)
    {
        var json = new JsonObject { ["error"] = error.Message, ["layer"] = error.Layer, ["code"] = error.Code };
        if (error.Details is not null)
        {
            json["details"] = error.Details.DeepClone();
        }

        if (error.Hint is not null)
        {
            json["hint"] = error.Hint;
        }

        return json;
    }
}
