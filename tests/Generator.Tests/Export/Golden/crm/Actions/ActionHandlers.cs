using ApiStudio.Runtime.Actions;

namespace Crm.Actions;

/// <summary>Registers the code of every action of the API; generated from api.json.</summary>
public static class ActionHandlers
{
    /// <summary>Adds one scoped handler per action; the runtime runs the ones whose table and action match the request.</summary>
    public static IServiceCollection AddActionHandlers(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, DealsAdvanceHandler>();
        return services;
    }
}
