using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The body of <c>/health</c>: <c>{"status":"ok"}</c>, or the failing checks by name when not healthy.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new JsonObject { ["status"] = StatusText(report.Status) };
        if (report.Status != HealthStatus.Healthy)
        {
            var checks = new JsonObject();
            foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                checks[name] = StatusText(entry.Status);
            }

            body["checks"] = checks;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static string StatusText(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
