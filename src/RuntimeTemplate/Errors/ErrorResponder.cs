using System.Text;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ApiStudio.Runtime.Errors;

/// <summary>Writes an <see cref="ApiError"/> to a response: status, headers, and the body in the project's dialect.</summary>
public sealed class ErrorResponder(RuntimeOptions options)
{
    public async Task WriteAsync(HttpContext context, ApiError error)
    {
        var masked = MaskedFields(context);
        var echo = new RequestEcho(context.Request.Method, Url(context.Request, masked),
            BodyRedaction.Redact(await ReadBodyAsync(context.Request), masked), context.RequestId());
        var (status, contentType, body) = ErrorBodyWriter.Write(error, echo, options.Definition.Project.ErrorDialect);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers[RequestState.RequestIdHeader] = context.RequestId();
        foreach (var (name, value) in error.Headers)
        {
            response.Headers[name] = value;
        }

        await response.WriteAsync(body.ToJsonString(ResponseJson.Options), context.RequestAborted);
    }

    /// <summary>
    /// The addressed table's masked fields: set by the table endpoint, or found from the endpoint's metadata
    /// when a middleware (authentication, rate limit) refuses the request before the endpoint runs.
    /// </summary>
    private IReadOnlySet<string>? MaskedFields(HttpContext context) =>
        context.MaskedFields()
        ?? (context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedOperation>()?.Table is { } table && options.Definition.FindTable(table) is { } found
            ? EffectiveMasking.MaskedColumns(found)
            : null);

    /// <summary>Path and query, with the values of sensitive or masked query parameters (<c>?email.like=…</c>) redacted.</summary>
    private static string Url(HttpRequest request, IReadOnlySet<string>? masked)
    {
        if (!request.QueryString.HasValue)
        {
            return request.Path;
        }

        var parts = QueryHelpers.ParseQuery(request.QueryString.Value).SelectMany(p => p.Value.Select(v =>
        {
            var field = p.Key.Split('.')[0];
            var value = BodyRedaction.IsSensitiveKey(field) || masked?.Contains(field) == true ? BodyRedaction.Redacted : v;
            return $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(value ?? "")}";
        }));
        var redacted = string.Join('&', parts);
        return request.Path + "?" + (redacted == request.QueryString.Value![1..] ? request.QueryString.Value[1..] : redacted);
    }

    /// <summary>Reads the buffered body, up to the largest body the API accepts, so a valid body parses and redacts key by key.</summary>
    private async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.Body is not { CanSeek: true, CanRead: true } body)
        {
            return null;
        }

        try
        {
            body.Position = 0;
            using var copy = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while (copy.Length < options.MaxBodyBytes
                && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, options.MaxBodyBytes - copy.Length)))) > 0)
            {
                copy.Write(chunk, 0, read);
            }

            return copy.Length == 0 ? null : Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
        }
        catch (IOException)
        {
            // The body was over the buffering limit: there is nothing safe to echo.
            return null;
        }
    }
}
