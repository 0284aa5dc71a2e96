using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary><c>POST {base}/{table}</c>: guards, validation, the create rule's record condition, insert; 201.</summary>
public static class CreateOperation
{
    public static async Task<IResult> HandleAsync(TableRequest request)
    {
        var rule = request.Table.Access.Create;
        var scope = RecordAccess.Enter(request, "create", rule, request.AccessPath(CrudOperation.Create));
        var body = await RequestBodyReader.ReadObjectAsync(request.Http.Request, request.Options.MaxBodyBytes, cancellationToken: request.Aborted);
        var row = await InsertAsync(request, scope, body);
        return JsonResponse.Created(request.Http, RecordOutput.Body(request, row));
    }

    /// <summary>One record's create, shared with batch create.</summary>
    public static async Task<Dictionary<string, object?>> InsertAsync(TableRequest request, FirewallScope scope,
        IReadOnlyDictionary<string, System.Text.Json.JsonElement> body)
    {
        var guarded = GuardCheck.Apply(request.Table, WriteKind.Create, body, request.Trace);
        var values = InputValidation.Validate(request.Table, WriteKind.Create, guarded, request.Trace);
        await ReferenceCheck.RequireVisibleAsync(request, values);
        var complete = RecordValues.ForCreate(request.Table, scope, request.Caller, values, request.Now);
        RecordConditionCheckOnNew(request, complete);
        var entity = request.Store.NewEntity(complete);
        await RecordWrites.SaveAsync(request, insert: true);
        return request.Store.ToRow(entity);
    }

    /// <summary>A create rule's record condition applies to the record as it would be stored.</summary>
    private static void RecordConditionCheckOnNew(TableRequest request, IReadOnlyDictionary<string, object?> row) =>
        Access.RecordConditionCheck.Require(request.Table, request.Table.Access.Create, row, request.Caller, request.Trace,
            request.AccessPath(CrudOperation.Create));
}
