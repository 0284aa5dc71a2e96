using ApiStudio.Runtime.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Runtime.Migrations;

/// <summary>Runs <see cref="MigrationRunner"/> for an exported API before it takes requests.</summary>
public static class MigrationStartup
{
    /// <summary>The folder, under the content root, that holds <c>sqlite/</c> and <c>postgres/</c>.</summary>
    public const string FolderName = "Migrations";

    /// <summary>Applies the pending migrations of <c>{content root}/Migrations/{provider}</c> to the API's database.</summary>
    public static async Task<IReadOnlyList<string>> ApplyMigrationsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrationRunner).FullName!);
        return await MigrationRunner.ApplyPendingAsync(database, Path.Combine(app.Environment.ContentRootPath, FolderName), logger, cancellationToken);
    }
}
