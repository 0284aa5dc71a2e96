using System.Text;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Http;

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

    /// <summary>
    /// Path and query as received, with the values of sensitive or masked query parameters (<c>?email.like=…</c>)
    /// replaced in place: every other pair keeps its position, name case and escaping, so the echo is the URL sent.
    /// </summary>
    private static string Url(HttpRequest request, IReadOnlySet<string>? masked)
    {
        if (!request.QueryString.HasValue)
        {
            return request.Path;
        }

        var pairs = request.QueryString.Value![1..].Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var name = pairs[i][..equals];
            var field = Unescape(name).Split('.')[0];
            // Query names are matched case-insensitively (ASP.NET Core merges "Email" and "email"), so redaction is too.
            if (BodyRedaction.IsSensitiveKey(field) || masked?.Any(m => string.Equals(m, field, StringComparison.OrdinalIgnoreCase)) == true)
            {
                pairs[i] = $"{name}={Uri.EscapeDataString(BodyRedaction.Redacted)}";
            }
        }

        return request.Path + "?" + string.Join('&', pairs);
    }

    /// <summary>A query name decoded the way the query collection decodes it: '+' is a space, invalid escapes stay as sent.</summary>
    private static string Unescape(string name) => Uri.UnescapeDataString(name.Replace('+', ' '));

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
