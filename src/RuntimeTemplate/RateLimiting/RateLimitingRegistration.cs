using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.RateLimiting;

/// <summary>Wires the rate-limit layer; in the pipeline right after authentication, so counters know the caller.</summary>
public static class RateLimitingRegistration
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ApiRateLimiter>();
        return services;
    }

    public static IApplicationBuilder UseApiRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<ApiRateLimitMiddleware>();
    }
}
