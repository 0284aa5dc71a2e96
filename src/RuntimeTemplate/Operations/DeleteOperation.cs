using System.Text.Json.Nodes;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary><c>DELETE {base}/{table}/{id}</c>: soft when the table soft-deletes, else removes the row.</summary>
public static class DeleteOperation
{
    public static async Task<IResult> HandleAsync(TableRequest request, string id)
    {
        var (scope, key, _) = await RecordAccess.LoadAsync(request, id, "delete", request.Table.Access.Delete, request.AccessPath(CrudOperation.Delete));
        await RemoveAsync(request, scope, key);
        return JsonResponse.Ok(request.Http, Deleted(request, key));
    }

    /// <summary>One record's delete after its access checks, shared with batch delete.</summary>
    public static async Task RemoveAsync(TableRequest request, FirewallScope scope, object id)
    {
        var entity = await request.Store.FindEntityAsync(id, scope, request.Aborted)
            ?? throw new ApiException(scope.Diagnose(null, request.Trace));
        if (request.Table.SoftDelete)
        {
            request.Store.SetValues(entity, RecordValues.ForSoftDelete(request.Caller, request.Now));
        }
        else
        {
            request.Store.Remove(entity);
        }

        await RecordWrites.SaveAsync(request, insert: false);
        request.Trace.Passed(ErrorLayer.Database, "delete", request.Table.SoftDelete ? "the row was soft-deleted (deletedAt set)" : "the row was deleted");
    }

    public static JsonObject Deleted(TableRequest request, object id) => new()
    {
        [request.Store.Key.Name] = Data.ColumnValues.ToJson(id, request.Store.Key.Type),
        ["deleted"] = true,
    };
}
