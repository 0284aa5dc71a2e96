using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>
/// Writes success bodies; reads carry a weak ETag and answer 304 when the client already has them. A body is
/// written once, as UTF-8 into a pooled buffer, and the ETag is the hash of those same bytes.
/// </summary>
public static class JsonResponse
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ResponseJson.Options.Encoder,
        Indented = ResponseJson.Options.WriteIndented,
    };

    public static IResult Ok(HttpContext context, JsonNode body, bool withETag = false) => Write(context, StatusCodes.Status200OK, Node(body), withETag);

    public static IResult Ok(HttpContext context, Action<Utf8JsonWriter> writeBody, bool withETag = false) =>
        Write(context, StatusCodes.Status200OK, writeBody, withETag);

    public static IResult Created(HttpContext context, JsonNode body) => Write(context, StatusCodes.Status201Created, Node(body), withETag: false);

    public static IResult Created(HttpContext context, Action<Utf8JsonWriter> writeBody) =>
        Write(context, StatusCodes.Status201Created, writeBody, withETag: false);

    public static IResult Status(HttpContext context, int status, JsonNode body) => Write(context, status, Node(body), withETag: false);

    private static Action<Utf8JsonWriter> Node(JsonNode body) => writer => body.WriteTo(writer, ResponseJson.Options);

    private static IResult Write(HttpContext context, int status, Action<Utf8JsonWriter> writeBody, bool withETag)
    {
        var body = new PooledBody();
        try
        {
            using (var writer = new Utf8JsonWriter(body, WriterOptions))
            {
                writeBody(writer);
            }

            if (withETag)
            {
                var etag = ETagOf(body.Written.Span);
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
                {
                    body.Dispose();
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }
            }

            return new PooledJsonResult(body, status);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary><c>W/"…"</c>: the first 128 bits of the body's SHA-256, in lower-case hex.</summary>
    private static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return $"W/\"{Convert.ToHexStringLower(hash[..16])}\"";
    }
}
