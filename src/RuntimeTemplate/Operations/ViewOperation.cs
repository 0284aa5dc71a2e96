using System.Runtime.CompilerServices;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Masking;
using ApiStudio.Runtime.Querying;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Operations;

/// <summary>
/// <c>GET {base}/{table}/views/{view}</c>: the view's own roles decide access; rows are the list's (firewall
/// and the list rule's record condition); filters, sort and search reach only the view's fields.
/// </summary>
public static class ViewOperation
{
    // The visible table is a new definition; made once per table and view, its derived metadata is cached too.
    private static readonly ConditionalWeakTable<TableDefinition, ConditionalWeakTable<ViewDefinition, TableDefinition>> VisibleTables = new();

    public static async Task<IResult> HandleAsync(TableRequest request, ViewDefinition view)
    {
        var viewIndex = request.Table.Views.ToList().IndexOf(view);
        var path = request.PathOf($"views[{viewIndex}].roles");
        var isPublic = view.Roles.Contains(RoleDefinition.Public);
        Access.RoleCheck.RequireAuthentication(isPublic ? new AccessRule { Roles = [RoleDefinition.Public] } : null, request.Caller, request.Trace);
        Access.ScopeCheck.Require(request.Caller, request.Table.Name, "list", request.Trace);
        var scope = Firewall.FirewallScope.For(request.Table, request.Caller, request.Trace);
        if (request.Caller.Kind != CallerKind.SecretKey)
        {
            var access = ViewProjection.CheckAccess(request.Definition, request.Table, view, request.Caller, request.Trace);
            if (!access.Allowed)
            {
                request.Trace.Failed(ErrorLayer.Access, "roles", $"the caller's roles are not among view '{view.Name}' roles [{string.Join(", ", view.Roles)}]",
                    $"Add the caller's role to the view's roles, or sign in with one of [{string.Join(", ", view.Roles)}].", path);
                throw new ApiException(ApiErrors.AccessRoleRequired(access.Required, access.Current));
            }
        }

        var visible = VisibleTable(request.Table, view);
        var list = ListRequestParser.Parse(request.Http.Request.Query, visible);
        RequireViewFields(list, view, visible);
        MaskedQueryCheck.Require(request.Definition, request.Table, request.Caller, list);
        var condition = request.Caller.Kind == CallerKind.SecretKey ? null : request.Table.Access.List?.Record;
        var page = await ListPageQuery.RunAsync(request, scope, list, condition, visible);
        var fields = list.Fields.Count > 0 ? list.Fields : view.Fields;
        var columns = fields.Select(f => request.Store.Columns.First(c => c.Name == f)).ToList();
        return JsonResponse.Ok(request.Http, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            RecordOutput.WriteAll(writer, request, page.Rows, columns);
            writer.WriteString("view", view.Name);
            writer.WriteStartArray("fields");
            foreach (var field in fields)
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("pagination");
            PaginationJson.Write(writer, page.Pagination);
            writer.WriteEndObject();
        }, withETag: true);
    }

    /// <summary>The table as the view shows it: its fields (and the key, for a stable order), so search cannot reach hidden text.</summary>
    private static TableDefinition VisibleTable(TableDefinition table, ViewDefinition view) =>
        VisibleTables.GetValue(table, _ => new()).GetValue(view, v =>
            table with { Columns = table.Columns.Where(c => c.PrimaryKey || v.Fields.Contains(c.Name)).ToList() });

    private static void RequireViewFields(ListRequest list, ViewDefinition view, TableDefinition visible)
    {
        var allowed = view.Fields.Append(visible.PrimaryKey!.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var filter in list.Filters.Where(f => !allowed.Contains(f.Column)))
        {
            throw new ApiException(ApiErrors.InvalidQuery(filter.Parameter, $"'{filter.Column}' is not a field of view '{view.Name}'"));
        }

        foreach (var sort in list.Sort.Where(s => !allowed.Contains(s.Column)))
        {
            throw new ApiException(ApiErrors.InvalidQuery(ListQuery.Sort, $"'{sort.Column}' is not a field of view '{view.Name}'"));
        }

        foreach (var field in list.Fields.Where(f => !view.Fields.Contains(f)))
        {
            throw new ApiException(ApiErrors.InvalidQuery(ListQuery.Fields, $"'{field}' is not a field of view '{view.Name}'"));
        }
    }
}
