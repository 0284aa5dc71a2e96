using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Operations;

/// <summary>Runs one page of a list query inside the firewall scope, with the total only when asked for.</summary>
public static class ListPageQuery
{
    public static async Task<ListPage<Dictionary<string, object?>>> RunAsync(TableRequest request, FirewallScope scope, ListRequest list,
        Condition? condition, TableDefinition? table = null)
    {
        var shape = new ListQueryShape(list, table ?? request.Table) { RecordCondition = condition, Caller = request.Caller };
        var rows = await request.Store.QueryAsync(scope, shape, request.Aborted);
        long? total = list.IncludeTotal ? await request.Store.CountAsync(scope, shape, request.Aborted) : null;
        var page = ListPage<Dictionary<string, object?>>.From(rows, list, total);
        request.Trace.Passed(ErrorLayer.Database, "query", $"read {page.Rows.Count} row(s) of '{request.Table.Name}'" + (page.Pagination.HasMore ? ", more follow" : ""));
        return page;
    }
}
