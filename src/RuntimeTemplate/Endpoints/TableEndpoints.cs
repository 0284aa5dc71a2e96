using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Operations;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>
/// Maps every table's endpoints from the definition: one route set per table, so each carries its own rate-limit
/// metadata. Handlers are plain <see cref="RequestDelegate"/>s: ASP.NET Core then has nothing to compile per
/// endpoint when it builds the route table, which a simulator sandbox does again after every edit.
/// </summary>
public static class TableEndpoints
{
    public static RouteGroupBuilder MapTableEndpoints(this RouteGroupBuilder api, ApiDefinition definition)
    {
        foreach (var table in definition.Tables)
        {
            var routes = api.MapGroup("/" + table.Name).WithTags(table.Name);
            routes.MapMethods("", ReadRoutes.Methods, Handler(table, ListOperation.HandleAsync)).WithMetadata(Limit("read", table));
            routes.MapMethods("/{id}", ReadRoutes.Methods, Handler(table, GetOperation.HandleAsync)).WithMetadata(Limit("read", table));
            routes.MapMethods("", Post, Handler(table, CreateOperation.HandleAsync)).WithMetadata(Limit("create", table));
            routes.MapMethods("/{id}", Patch, Handler(table, UpdateOperation.HandleAsync)).WithMetadata(Limit("update", table));
            routes.MapMethods("/{id}", Delete, Handler(table, DeleteOperation.HandleAsync)).WithMetadata(Limit("delete", table));
            routes.MapMethods("/batch", Post, Handler(table, BatchOperation.HandleCreateAsync)).WithMetadata(Limit("create", table));
            routes.MapMethods("/batch", Patch, Handler(table, BatchOperation.HandleUpdateAsync)).WithMetadata(Limit("update", table));
            routes.MapMethods("/batch", Delete, Handler(table, BatchOperation.HandleDeleteAsync)).WithMetadata(Limit("delete", table));
            foreach (var view in table.Views)
            {
                routes.MapMethods($"/views/{view.Name}", ReadRoutes.Methods, Handler(table, r => ViewOperation.HandleAsync(r, view))).WithMetadata(Limit("read", table));
            }

            foreach (var action in table.Actions)
            {
                var route = action.Scope == ActionScope.Standalone
                    ? routes.MapMethods($"/actions/{action.Name}", Post, Handler(table, r => ActionOperation.HandleStandaloneAsync(r, action)))
                    : routes.MapMethods($"/{{id}}/{action.Name}", Post, Handler(table, (r, id) => ActionOperation.HandleRecordAsync(r, action, id)));
                route.WithMetadata(Limit(action.Scope == ActionScope.Standalone ? "create" : "update", table));
            }
        }

        // Anything else under the base path gets the runtime's 404 body rather than an empty one.
        api.MapFallback("{*path}", (HttpContext context) => throw new ApiException(ApiErrors.RouteNotFound(context.Request.Path)));
        return api;
    }

    private static readonly string[] Post = [HttpMethods.Post];
    private static readonly string[] Patch = [HttpMethods.Patch];
    private static readonly string[] Delete = [HttpMethods.Delete];

    private static RateLimitedOperation Limit(string kind, TableDefinition table) => new(kind, table.Name);

    private static RequestDelegate Handler(TableDefinition table, Func<TableRequest, Task<IResult>> operation) =>
        async context => await (await operation(Enter(context, table))).ExecuteAsync(context);

    private static RequestDelegate Handler(TableDefinition table, Func<TableRequest, string, Task<IResult>> operation) =>
        async context => await (await operation(Enter(context, table), (string)context.Request.RouteValues["id"]!)).ExecuteAsync(context);

    private static TableRequest Enter(HttpContext context, TableDefinition table)
    {
        context.SetMaskedFields(Masking.RecordMasking.MaskedFields(table));
        return new TableRequest(context, table);
    }
}
