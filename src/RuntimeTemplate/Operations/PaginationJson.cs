using System.Text.Json.Nodes;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Operations;

public static class PaginationJson
{
    public static JsonObject From(ListPagination pagination)
    {
        var json = new JsonObject
        {
            ["count"] = pagination.Count,
            ["page"] = pagination.Page,
            ["pageSize"] = pagination.PageSize,
            ["hasMore"] = pagination.HasMore,
        };
        if (pagination.Total is { } total)
        {
            json["total"] = total;
        }

        return json;
    }
}
