using ApiStudio.Runtime.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Whether the API's database answers. The runtime's DbContext is resolved only when the host registered
/// one, so the check also runs in hosts that keep the database elsewhere (the Studio's simulator).
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, IServiceProviderIsService services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!services.IsService(typeof(ApiDbContext)))
        {
            return HealthCheckResult.Healthy("No database is registered in this host.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>().Database;
        return await database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
