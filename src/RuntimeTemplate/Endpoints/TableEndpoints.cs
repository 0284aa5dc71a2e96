using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Operations;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>Maps every table's endpoints from the definition: one route set per table, so each carries its own rate-limit metadata.</summary>
public static class TableEndpoints
{
    public static RouteGroupBuilder MapTableEndpoints(this RouteGroupBuilder api, ApiDefinition definition)
    {
        foreach (var table in definition.Tables)
        {
            var routes = api.MapGroup("/" + table.Name).WithTags(table.Name);
            routes.MapRead("", Handler(table, ListOperation.HandleAsync)).WithMetadata(Limit("read", table));
            routes.MapRead("/{id}", Handler(table, GetOperation.HandleAsync)).WithMetadata(Limit("read", table));
            routes.MapPost("", Handler(table, CreateOperation.HandleAsync)).WithMetadata(Limit("create", table));
            routes.MapPatch("/{id}", Handler(table, UpdateOperation.HandleAsync)).WithMetadata(Limit("update", table));
            routes.MapDelete("/{id}", Handler(table, DeleteOperation.HandleAsync)).WithMetadata(Limit("delete", table));
            routes.MapPost("/batch", Handler(table, BatchOperation.HandleCreateAsync)).WithMetadata(Limit("create", table));
            routes.MapPatch("/batch", Handler(table, BatchOperation.HandleUpdateAsync)).WithMetadata(Limit("update", table));
            routes.MapDelete("/batch", Handler(table, BatchOperation.HandleDeleteAsync)).WithMetadata(Limit("delete", table));
            foreach (var view in table.Views)
            {
                routes.MapRead($"/views/{view.Name}", Handler(table, r => ViewOperation.HandleAsync(r, view))).WithMetadata(Limit("read", table));
            }

            foreach (var action in table.Actions)
            {
                var route = action.Scope == ActionScope.Standalone
                    ? routes.MapPost($"/actions/{action.Name}", Handler(table, r => ActionOperation.HandleStandaloneAsync(r, action)))
                    : routes.MapPost($"/{{id}}/{action.Name}", Handler(table, (r, id) => ActionOperation.HandleRecordAsync(r, action, id)));
                route.WithMetadata(Limit(action.Scope == ActionScope.Standalone ? "create" : "update", table));
            }
        }

        // Anything else under the base path gets the runtime's 404 body rather than an empty one.
        api.MapFallback("{*path}", (HttpContext context) => throw new ApiException(ApiErrors.RouteNotFound(context.Request.Path)));
        return api;
    }

    private static RateLimitedOperation Limit(string kind, TableDefinition table) => new(kind, table.Name);

    private static Delegate Handler(TableDefinition table, Func<TableRequest, Task<IResult>> operation) =>
        (HttpContext context) => operation(Enter(context, table));

    private static Delegate Handler(TableDefinition table, Func<TableRequest, string, Task<IResult>> operation) =>
        (HttpContext context, string id) => operation(Enter(context, table), id);

    private static TableRequest Enter(HttpContext context, TableDefinition table)
    {
        context.SetMaskedFields(Masking.RecordMasking.MaskedFields(table));
        return new TableRequest(context, table);
    }
}
