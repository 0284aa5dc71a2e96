using System.Security.Cryptography;
using System.Text;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Serves the API's OpenAPI document at <c>/openapi.json</c>, Swagger UI over it at <c>/docs</c>, and
/// <c>/health</c>; all three outside the base path, like the reference product's.
/// </summary>
public static class OpenApiEndpoints
{
    public const string DocumentPath = "/openapi.json";
    public const string UiRoutePrefix = "docs";
    public const string HealthPath = "/health";
    public const string DatabaseCheckName = "database";

    /// <summary>Registers what <c>/health</c> runs: a database check when an <c>ApiDbContext</c> is registered.</summary>
    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseCheckName);
        return services;
    }

    /// <summary>
    /// Maps <c>GET /openapi.json</c> (built on first request, then served from memory), <c>/docs</c> and
    /// <c>GET /health</c>. Needs <see cref="AddApiHealthChecks"/> at service registration.
    /// </summary>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder app, ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(definition);
        if (app.ServiceProvider.GetService<HealthCheckService>() is null)
        {
            throw new InvalidOperationException($"Call services.{nameof(AddApiHealthChecks)}() before {nameof(MapOpenApiDocument)}: /health needs the health check services.");
        }

        var document = new Lazy<(byte[] Bytes, string ETag)>(() =>
        {
            var bytes = Encoding.UTF8.GetBytes(OpenApiDocumentBuilder.Serialize(definition));
            return (bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
        });
        app.MapRead(DocumentPath, (HttpContext context) => ServeDocument(context, document.Value))
            .ExcludeFromDescription()
            .AllowAnonymous();

        var ui = app.CreateApplicationBuilder()
            .Use((context, next) =>
            {
                // Static files refuse requests that already matched an endpoint, and this branch runs as
                // one; clearing the match lets Swagger UI's embedded files through.
                context.SetEndpoint(null);
                return next(context);
            })
            .UseSwaggerUI(UiOptions(definition))
            .Build();
        app.MapMethods("/" + UiRoutePrefix, ReadRoutes.Methods, ui).ExcludeFromDescription().AllowAnonymous();
        app.MapMethods("/" + UiRoutePrefix + "/{**asset}", ReadRoutes.Methods, ui).ExcludeFromDescription().AllowAnonymous();

        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task ServeDocument(HttpContext context, (byte[] Bytes, string ETag) document)
    {
        var response = context.Response;
        response.Headers.ETag = document.ETag;
        response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Contains(document.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = document.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(document.Bytes, context.RequestAborted).AsTask();
    }

    private static SwaggerUIOptions UiOptions(ApiDefinition definition)
    {
        var options = new SwaggerUIOptions
        {
            RoutePrefix = UiRoutePrefix,
            DocumentTitle = $"{definition.Project.Name} API",
        };
        // Relative to /docs/index.html, so the UI still finds the document when the app runs under a path base.
        options.SwaggerEndpoint(".." + DocumentPath, definition.Project.Name);
        options.DisplayOperationId();
        options.EnableDeepLinking();
        return options;
    }
}
