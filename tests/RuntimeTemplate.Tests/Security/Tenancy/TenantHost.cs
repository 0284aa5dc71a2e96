using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// A sample API on a <see cref="TestApi"/> with two test-only changes that touch no security rule: cheap password
/// hashing, and a sign-in limit high enough to set up a dozen users from the test server's one address. Exposes
/// the API's services so the test can insert rows the API itself cannot create (unassigned owner columns).
/// </summary>
public sealed class TenantHost : IAsyncDisposable
{
    private TenantHost(TestApi api, IServiceProvider services)
    {
        Api = api;
        Services = services;
    }

    public TestApi Api { get; }

    public IServiceProvider Services { get; }

    public ApiDefinition Definition => Api.Definition;

    public static async Task<TenantHost> StartAsync(ApiDefinition definition, DatabaseKind kind)
    {
        var project = definition.Project with { RateLimits = definition.Project.RateLimits with { SignIn = 10_000 } };
        var capture = new ServicesCapture();
        var api = await TestApi.StartAsync(definition with { Project = project }, kind, services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<IStartupFilter>(capture);
        });
        return new TenantHost(api, capture.Services ?? throw new InvalidOperationException("The API's services were not captured."));
    }

    /// <summary>Adds rows straight to a table, bypassing every layer; each row must name every column.</summary>
    public async Task InsertAsync(string table, params Dictionary<string, object>[] rows)
    {
        using var scope = Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        database.Set<Dictionary<string, object>>(table).AddRange(rows);
        await database.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Api.DisposeAsync();

    private sealed class ServicesCapture : IStartupFilter
    {
        public IServiceProvider? Services { get; private set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            Services = app.ApplicationServices;
            next(app);
        };
    }
}
