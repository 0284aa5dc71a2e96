using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>Sends a JSON body already written to a <see cref="PooledBody"/>, then gives its buffer back.</summary>
public sealed class PooledJsonResult(PooledBody body, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public int? StatusCode => statusCode;

    public string ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.ContentType = JsonContentType;
            response.ContentLength = body.Written.Length;
            await response.Body.WriteAsync(body.Written);
        }
        finally
        {
            body.Dispose();
        }
    }
}
