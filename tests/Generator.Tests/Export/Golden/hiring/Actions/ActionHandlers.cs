using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Registers the code of every action of the API; generated from api.json.</summary>
public static class ActionHandlers
{
    /// <summary>Adds one scoped handler per action; the runtime runs the ones whose table and action match the request.</summary>
    public static IServiceCollection AddActionHandlers(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, JobsPublishHandler>();
        services.AddScoped<IActionHandler, JobsCloseHandler>();
        services.AddScoped<IActionHandler, ApplicationsAdvanceHandler>();
        services.AddScoped<IActionHandler, ApplicationsRejectHandler>();
        services.AddScoped<IActionHandler, ApplicationsQuickApplyHandler>();
        return services;
    }
}
