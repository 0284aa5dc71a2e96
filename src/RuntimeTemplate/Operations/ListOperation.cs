using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Querying;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary><c>GET {base}/{table}</c>: the caller's rows, filtered, sorted and paged in SQL, masked.</summary>
public static class ListOperation
{
    public static async Task<IResult> HandleAsync(TableRequest request)
    {
        var rule = request.Table.Access.List;
        var scope = RecordAccess.Enter(request, "list", rule, request.AccessPath(CrudOperation.List));
        var list = ListRequestParser.Parse(request.Http.Request.Query, request.Table);
        MaskedQueryCheck.Require(request.Definition, request.Table, request.Caller, list);
        var condition = request.Caller.Kind == CallerKind.SecretKey ? null : rule?.Record;
        if (condition is not null)
        {
            request.Trace.Passed(ErrorLayer.Access, "record", $"list filtered in SQL to rows meeting {ConditionText.Render(condition)}",
                request.AccessPath(CrudOperation.List) + ".record");
        }

        var page = await ListPageQuery.RunAsync(request, scope, list, condition);
        var columns = list.ResponseColumns(request.Table);
        return JsonResponse.Ok(request.Http, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            RecordOutput.WriteAll(writer, request, page.Rows, columns);
            writer.WritePropertyName("pagination");
            PaginationJson.Write(writer, page.Pagination);
            writer.WriteEndObject();
        }, withETag: true);
    }
}
