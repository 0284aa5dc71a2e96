using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>Parameters many operations share, written once under <c>components/parameters</c>.</summary>
internal static class SharedParameters
{
    public const string Limit = "limit";
    public const string Offset = "offset";
    public const string Page = "page";
    public const string Total = "total";
    public const string IfNoneMatch = "ifNoneMatch";
    public const string OrganizationId = "organizationId";

    public static void Add(OpenApiContext context)
    {
        var parameters = context.Parameters;
        parameters[Limit] = Query(ListQuery.Limit, $"Records per page (default {ListQuery.DefaultLimit}, at most {ListQuery.MaxLimit}).",
            new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = ListQuery.MaxLimit, ["default"] = ListQuery.DefaultLimit });
        parameters[Offset] = Query(ListQuery.Offset, "Records to skip.", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["default"] = 0 });
        parameters[Page] = Query(ListQuery.Page, "Page number from 1; an alternative to `offset` (offset = (page - 1) * limit).",
            new JsonObject { ["type"] = "integer", ["minimum"] = 1 });
        parameters[Total] = Query(ListQuery.Total, "`true` adds `pagination.total`, the count of every matching record (one more query).",
            new JsonObject { ["type"] = "boolean", ["default"] = false });
        parameters[IfNoneMatch] = new JsonObject
        {
            ["name"] = "If-None-Match",
            ["in"] = "header",
            ["description"] = "The weak ETag of a previous answer; an unchanged result answers 304 with no body.",
            ["schema"] = new JsonObject { ["type"] = "string" },
        };
        parameters[OrganizationId] = new JsonObject
        {
            ["name"] = ActiveOrganization.Header,
            ["in"] = "header",
            ["description"] = "The organization to act in, one the caller belongs to; defaults to the signed-in session's active organization. "
                + "Without an active organization, organization-scoped tables answer 403 `ACCESS_NO_ORG`.",
            ["schema"] = new JsonObject { ["type"] = "string" },
        };
    }

    private static JsonObject Query(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = schema,
    };
}
