using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary><c>GET {base}/{table}/{id}</c>.</summary>
public static class GetOperation
{
    public static async Task<IResult> HandleAsync(TableRequest request, string id)
    {
        var (_, _, row) = await RecordAccess.LoadAsync(request, id, "get", request.Table.Access.Get, request.AccessPath(CrudOperation.Get));
        return JsonResponse.Ok(request.Http, RecordOutput.Body(request, row), withETag: true);
    }
}
