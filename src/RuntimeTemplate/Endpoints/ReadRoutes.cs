using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>
/// Read routes answer HEAD as well as GET, as HTTP expects of every GET resource: the same status and headers
/// (ETag, Content-Length, rate-limit headers, the same refusals), and no body.
/// </summary>
public static class ReadRoutes
{
    public static readonly IReadOnlyList<string> Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
