using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>
/// The hand-written comparison: minimal APIs and EF Core over a copy of the runtime's SQLite file, with the
/// same base path, host defaults and Kestrel. Also serves GET /ping, the floor of what the load generator and
/// Kestrel alone cost per request.
/// </summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private BaselineServer(WebApplication app, string basePath)
    {
        this.app = app;
        Origin = app.Urls.Single();
        BaseUrl = Origin + basePath;
    }

    public string Origin { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<BaselineServer> StartAsync(string databaseFile, string basePath, string signingKey, string issuer)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var connectionString = BenchFolder.ConnectionString(databaseFile);
        builder.Services.AddDbContext<BaselineDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddSingleton(new BearerSettings(signingKey, issuer));
        var app = builder.Build();
        app.MapGet("/ping", () => "ok");
        var api = app.MapGroup(basePath);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(basePath), branch => branch.UseMiddleware<BearerCheck>());
        api.MapCompanies();
        await app.StartAsync();
        return new BaselineServer(app, basePath);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
