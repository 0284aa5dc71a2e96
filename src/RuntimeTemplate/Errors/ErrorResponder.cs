using System.Text;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Errors;

/// <summary>Writes an <see cref="ApiError"/> to a response: status, headers, and the body in the project's dialect.</summary>
public sealed class ErrorResponder(RuntimeOptions options)
{
    public async Task WriteAsync(HttpContext context, ApiError error)
    {
        var echo = new RequestEcho(context.Request.Method, context.Request.Path + context.Request.QueryString,
            BodyRedaction.Redact(await ReadBodyAsync(context.Request), context.MaskedFields()), context.RequestId());
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

    /// <summary>Reads at most the echo's size (plus one byte to know it was cut) of a buffered body.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.Body is not { CanSeek: true, CanRead: true } body)
        {
            return null;
        }

        body.Position = 0;
        var buffer = new byte[BodyRedaction.MaxBytes * 4];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await body.ReadAsync(buffer.AsMemory(read))) > 0)
        {
            read += chunk;
        }

        return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }
}
