using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>Writes success bodies; reads carry a weak ETag and answer 304 when the client already has them.</summary>
public static class JsonResponse
{
    public static IResult Ok(HttpContext context, JsonNode body, bool withETag = false) => Write(context, StatusCodes.Status200OK, body, withETag);

    public static IResult Created(HttpContext context, JsonNode body) => Write(context, StatusCodes.Status201Created, body, withETag: false);

    public static IResult Status(HttpContext context, int status, JsonNode body) => Write(context, status, body, withETag: false);

    private static IResult Write(HttpContext context, int status, JsonNode body, bool withETag)
    {
        var text = body.ToJsonString(Errors.ResponseJson.Options);
        if (withETag)
        {
            var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        return Results.Text(text, "application/json", Encoding.UTF8, status);
    }
}
