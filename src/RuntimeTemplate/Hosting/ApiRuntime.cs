using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.OpenApi;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Hosting;

/// <summary>
/// Puts one API definition on an ASP.NET Core app: the same code for the exported project and for the
/// Studio's simulator. Layers run in the order the error contract describes.
/// </summary>
public static class ApiRuntime
{
    public static IServiceCollection AddApiRuntime(this IServiceCollection services, RuntimeOptions options, ITableModel tables,
        Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddSingleton(options);
        services.AddSingleton(tables);
        services.AddSingleton<ErrorResponder>();
        // The options are built once for the app, not again for every request's scope. Contexts are not
        // pooled: ApiDbContext takes the table model from the container, which pooling does not allow.
        services.AddDbContext<ApiDbContext>(database =>
        {
            configureDatabase(database);
            database.ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>();
        }, contextLifetime: ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddApiAuthentication<ApiDbContext>();
        services.AddApiRateLimiting();
        services.AddApiHealthChecks();
        return services;
    }

    /// <summary>Error handling → routing → authentication → rate limit → endpoints (firewall, access, guards, ... run inside).</summary>
    public static WebApplication UseApiRuntime(this WebApplication app)
    {
        var definition = app.Services.GetRequiredService<RuntimeOptions>().Definition;
        app.UseMiddleware<ErrorMiddleware>();
        app.UseRouting();
        app.UseApiAuthentication();
        app.UseApiRateLimiting();
        app.MapOpenApiDocument(definition);
        var api = app.MapGroup(definition.Project.BasePath);
        api.MapAuthEndpoints();
        api.MapTableEndpoints(definition);
        app.MapFallback("{*path}", (HttpContext context) => throw new ApiException(ApiErrors.RouteNotFound(context.Request.Path)));
        return app;
    }
}
