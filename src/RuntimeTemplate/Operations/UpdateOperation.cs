using System.Text.Json;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary><c>PATCH {base}/{table}/{id}</c>: the record's layers, then guards, validation and the write.</summary>
public static class UpdateOperation
{
    public static async Task<IResult> HandleAsync(TableRequest request, string id)
    {
        var rule = request.Table.Access.Update;
        var (scope, key, _) = await RecordAccess.LoadAsync(request, id, "update", rule, request.AccessPath(CrudOperation.Update));
        var body = await RequestBodyReader.ReadObjectAsync(request.Http.Request, request.Options.MaxBodyBytes, cancellationToken: request.Aborted);
        var row = await WriteAsync(request, scope, key, body);
        return JsonResponse.Ok(request.Http, RecordOutput.Body(request, row));
    }

    /// <summary>One record's update after its access checks, shared with batch update.</summary>
    public static async Task<Dictionary<string, object?>> WriteAsync(TableRequest request, FirewallScope scope, object id,
        IReadOnlyDictionary<string, JsonElement> body)
    {
        var guarded = GuardCheck.Apply(request.Table, WriteKind.Update, body, request.Trace);
        var values = InputValidation.Validate(request.Table, WriteKind.Update, guarded, request.Trace);
        await ReferenceCheck.RequireVisibleAsync(request, values);
        var entity = await request.Store.FindEntityAsync(id, scope, request.Aborted)
            ?? throw new ApiException(scope.Diagnose(null, request.Trace));
        request.Store.SetValues(entity, RecordValues.ForUpdate(request.Caller, values, request.Now));
        await RecordWrites.SaveAsync(request, insert: false);
        return request.Store.ToRow(entity);
    }
}
