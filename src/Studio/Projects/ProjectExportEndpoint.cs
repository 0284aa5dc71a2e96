using System.Text;
using ApiStudio.Studio.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ApiStudio.Studio.Projects;

/// <summary><c>GET /projects/{id}/api.json</c>: the latest saved revision as a file download.</summary>
public static class ProjectExportEndpoint
{
    public const string Route = "/projects/{id:guid}/api.json";

    public static string RouteFor(Guid id) => $"/projects/{id}/api.json";

    public static IEndpointRouteBuilder MapProjectExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, DownloadAsync).WithName("ExportProject");
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid id, ProjectStore store, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestAsync(id, cancellationToken);

        // Stored revisions are already canonical (written by DefinitionJson.Serialize), so they go out as stored.
        return latest is null
            ? TypedResults.NotFound()
            : TypedResults.File(Encoding.UTF8.GetBytes(latest.DefinitionJson), "application/json", "api.json");
    }
}
