using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The guard and validation answers to one table's record writes, worked out once per kind of write: the create
/// and update operations list them, and their batches name the first as the error a failing record gets.
/// </summary>
internal sealed class RecordWriteErrors(OpenApiContext context, TableFields fields)
{
    private readonly Dictionary<TableOperationKind, IReadOnlyList<ErrorCase>> byKind = [];

    /// <summary>Each GUARD_* code the write can answer, then the validation layer's answer, in that order.</summary>
    public IReadOnlyList<ErrorCase> Of(TableOperation operation)
    {
        // An action's answers depend on the action, so they are not shared.
        if (operation.IsAction)
        {
            return Ask(operation);
        }

        if (!byKind.TryGetValue(operation.Kind, out var cases))
        {
            cases = Ask(operation);
            byKind.Add(operation.Kind, cases);
        }

        return cases;
    }

    /// <summary>The first error one record of a single write gets: what a batch reports for it.</summary>
    public ApiError FirstRecordError(TableOperationKind single)
    {
        if (single == TableOperationKind.Delete)
        {
            return fields.Firewall.ErrorMode == FirewallErrorMode.Hide ? ApiErrors.HiddenNotFound() : ApiErrors.FirewallNotFound();
        }

        return Of(new TableOperation(single, fields.Table, null)).FirstOrDefault()?.Error ?? ApiErrors.DbNotNullViolation(null);
    }

    private List<ErrorCase> Ask(TableOperation operation)
    {
        var requests = new ExampleRequests(context, fields, operation);
        RequestEcho? plain = null;
        var cases = new List<ErrorCase>();
        void Add(ApiError? error, RequestEcho? echo)
        {
            if (error is not null)
            {
                cases.Add(new ErrorCase(error, echo ?? (plain ??= requests.Echo(requests.Body()))));
            }
        }

        WriteErrorCases.Guards(fields, operation, requests, Add);
        WriteErrorCases.Validation(fields, operation, requests, Add);
        return cases;
    }
}
