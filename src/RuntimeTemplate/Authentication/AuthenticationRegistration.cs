using ApiStudio.Runtime.Authentication.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Wires the authentication layer. Needs <c>RuntimeOptions</c> and the API's DbContext (whose model calls
/// <see cref="AuthModel.Configure"/>) in the container; order in the pipeline: error middleware,
/// then <see cref="UseApiAuthentication"/>, then rate limiting, then the endpoints.
/// </summary>
public static class AuthenticationRegistration
{
    /// <summary>Registers the services, reading the authentication tables through <typeparamref name="TContext"/>.</summary>
    public static IServiceCollection AddApiAuthentication<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped(provider => new AuthStore(provider.GetRequiredService<TContext>()));
        return AddCore(services);
    }

    /// <summary>Registers the services, reading the authentication tables through the container's <see cref="DbContext"/>.</summary>
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped(provider => new AuthStore(provider.GetRequiredService<DbContext>()));
        return AddCore(services);
    }

    public static IApplicationBuilder UseApiAuthentication(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<ApiAuthenticationMiddleware>();
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<IPasswordHasher<AuthUser>, PasswordHasher<AuthUser>>();
        services.AddSingleton<Passwords>();
        services.AddScoped<CallerResolver>();
        services.AddScoped<SessionChains>();
        return services;
    }
}
