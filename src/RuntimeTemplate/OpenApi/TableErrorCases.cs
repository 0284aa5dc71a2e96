using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Operations;
using ApiStudio.Runtime.Querying;
using Microsoft.Extensions.Primitives;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Every error a table operation can answer, in request order. Where a layer's answer depends on the
/// definition (roles, guards, validation, list syntax, batch shape, state transitions) the runtime's own
/// check is asked through <see cref="LayerProbe"/>; the rest come from the <see cref="ApiErrors"/> factory
/// the runtime throws them with.
/// </summary>
internal static class TableErrorCases
{
    /// <summary>The default of RuntimeOptions.MaxBodyBytes; a deployment may configure another.</summary>
    private const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IReadOnlyList<ErrorCase> For(OpenApiContext context, TableFields fields, TableOperation operation, AccessSummary access,
        RecordWriteErrors writes)
    {
        var requests = new ExampleRequests(context, fields, operation);
        var plain = requests.Echo(requests.Body());
        var cases = new List<ErrorCase>();
        void Add(ApiError? error, RequestEcho? echo = null)
        {
            if (error is not null)
            {
                cases.Add(new ErrorCase(error, echo ?? plain));
            }
        }

        if (!access.IsPublic)
        {
            Add(ApiErrors.AuthMissing());
        }

        Add(ApiErrors.AuthInvalidToken("the sign-in this access token belongs to has been signed out, revoked or has ended"));
        Add(ApiErrors.AuthExpired());
        Add(ApiErrors.RateLimited(context.Project.RateLimits.WindowSeconds, operation.RateLimit(context.Project), operation.RateKind));
        AccessErrorCases.Add(context, fields, operation, access, Add);
        if (operation.ReadsBody)
        {
            Add(LayerProbe.MalformedBody(), requests.Echo(null) with { Body = LayerProbe.NotAnObject });
            Add(ApiErrors.BodyTooLarge(DefaultMaxBodyBytes));
        }

        if (operation.Kind is TableOperationKind.List or TableOperationKind.View)
        {
            var table = operation.View is { } view ? fields.Table with { Columns = fields.Table.Columns.Where(c => c.PrimaryKey || view.Fields.Contains(c.Name)).ToList() } : fields.Table;
            Add(LayerProbe.Answer(() => ListRequestParser.Parse([KeyValuePair.Create(ListQuery.Limit, new StringValues("500"))], table)),
                requests.Echo(null, $"?{ListQuery.Limit}=500"));
        }

        if (operation.IsBatch)
        {
            // A record's own failure lands in the 207 body (or in BATCH_ATOMIC_FAILED), never as the batch's status.
            Batch(context, fields, operation, requests, writes, Add);
        }
        else
        {
            cases.AddRange(writes.Of(operation));
            Database(fields, operation, Add);
        }

        if (operation.IsAction)
        {
            Add(ApiErrors.ActionExecutionFailed(new InvalidOperationException($"The '{operation.Action!.Name}' handler failed: the payment service timed out"),
                context.Project.ExposeErrorStack));
        }

        Add(ApiErrors.Internal(new TimeoutException("Connection terminated unexpectedly"), context.Project.ExposeErrorStack));
        return cases;
    }

    private static void Batch(OpenApiContext context, TableFields fields, TableOperation operation, ExampleRequests requests, RecordWriteErrors writes,
        Action<ApiError?, RequestEcho?> add)
    {
        var itemsField = operation.Kind == TableOperationKind.BatchDelete ? "ids" : "records";
        var oversized = requests.Oversized();
        add(BatchAnswer(context, oversized, itemsField), requests.Echo(oversized));
        if (operation.Kind == TableOperationKind.BatchDelete)
        {
            add(BatchAnswer(context, new JsonObject(), itemsField), requests.Echo(new JsonObject()));
        }
        else if (operation.Kind == TableOperationKind.BatchUpdate)
        {
            // The runtime checks every record for its key before touching any of them.
            add(ApiErrors.BatchMissingIds([0]), requests.Echo(requests.BodyWithout(fields.Table.PrimaryKey?.Name ?? "id")));
        }

        var single = operation.Kind switch
        {
            TableOperationKind.BatchCreate => TableOperationKind.Create,
            TableOperationKind.BatchUpdate => TableOperationKind.Update,
            _ => TableOperationKind.Delete,
        };
        var atomic = requests.Body()!;
        atomic["options"] = new JsonObject { ["atomic"] = true };
        add(ApiErrors.BatchAtomicFailed(0, writes.FirstRecordError(single)), requests.Echo(atomic));
    }

    /// <summary>What the batch reader answers to a body; asked once per body, as most tables send the same oversized batch.</summary>
    private static ApiError? BatchAnswer(OpenApiContext context, JsonObject body, string itemsField)
    {
        var text = body.ToJsonString();
        var key = itemsField + "\n" + text;
        if (!context.BatchAnswers.TryGetValue(key, out var answer))
        {
            answer = Probe(() => BatchBody.Parse(LayerProbe.Fields(text), itemsField, context.Project.MaxBatchSize));
            context.BatchAnswers.Add(key, answer);
        }

        return answer;
    }

    private static void Database(TableFields fields, TableOperation operation, Action<ApiError?, RequestEcho?> add)
    {
        var inserts = operation.Kind is TableOperationKind.Create or TableOperationKind.StandaloneAction;
        var updates = operation.Kind is TableOperationKind.Update or TableOperationKind.RecordAction;
        if (!inserts && !updates)
        {
            if (operation.Kind == TableOperationKind.Delete)
            {
                add(ApiErrors.DbWriteFailed(insert: false), null);
            }

            return;
        }

        var written = operation.IsAction
            ? fields.Table.Columns.Where(c => operation.Action!.Set.ContainsKey(c.Name)).ToList()
            : inserts ? fields.Create : fields.Update;
        // The server fills its own columns; a NOT NULL failure names one the client writes.
        var notNull = written.FirstOrDefault(c => inserts ? c.IsRequiredOnCreate : !c.Nullable && !c.PrimaryKey);
        if (notNull is not null)
        {
            add(ApiErrors.DbNotNullViolation(notNull.Name), null);
        }

        if ((inserts ? fields.Table.Columns : written).FirstOrDefault(c => c.Unique && !c.PrimaryKey) is { } unique)
        {
            add(ApiErrors.DbUniqueViolation(unique.Name), null);
        }

        add(ApiErrors.DbWriteFailed(inserts), null);
    }

    private static ApiError? Probe(Action check) => LayerProbe.Answer(check);
}
