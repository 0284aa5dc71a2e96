using System.Net;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Tests.OpenApi;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_is_ok_when_the_registered_database_answers()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        var (status, body) = await GetHealthAsync(database => database.UseSqlite(connection));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"ok"}""", body);
    }

    [Fact]
    public async Task Health_is_503_naming_the_database_check_when_the_database_does_not_answer()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "api.db");

        var (status, body) = await GetHealthAsync(database => database.UseSqlite($"Data Source={missing};Mode=ReadOnly"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("""{"status":"unhealthy","checks":{"database":"unhealthy"}}""", body);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(Action<DbContextOptionsBuilder> configure)
    {
        var definition = SampleDocuments.Definition("crm");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<ITableModel>(new PropertyBagTableModel(definition));
        builder.Services.AddDbContext<ApiDbContext>(database =>
        {
            configure(database);
            database.ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>();
        });
        builder.Services.AddApiHealthChecks();
        await using var app = builder.Build();
        app.MapOpenApiDocument(definition);
        await app.StartAsync();
        using var client = app.GetTestClient();

        var response = await client.GetAsync(OpenApiEndpoints.HealthPath);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
