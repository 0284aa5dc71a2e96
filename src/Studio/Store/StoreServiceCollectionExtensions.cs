using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApiStudio.Studio.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ProjectStore"/> and <see cref="StoreSchema"/> on the configured engine.</summary>
    public static IServiceCollection AddProjectStore(this IServiceCollection services, StoreProvider provider, string connectionString)
    {
        services.AddDbContextFactory<StudioStoreContext>(options =>
        {
            _ = provider switch
            {
                StoreProvider.Sqlite => options.UseSqlite(connectionString),
                StoreProvider.Postgres => options.UseNpgsql(connectionString),
                _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown store provider."),
            };
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<StoreSchema>();
        return services;
    }
}
