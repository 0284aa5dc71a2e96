using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Keeps the test app's service provider, to seed rows the API itself would never write (imported data).</summary>
public sealed class AppServices : IStartupFilter
{
    public IServiceProvider? Services { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        Services = app.ApplicationServices;
        next(app);
    };
}
