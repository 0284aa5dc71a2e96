using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ApiStudio.Runtime.Errors;

/// <summary>
/// The one global handler: gives every request an id, buffers its body (if it can have one) for the error echo, turns an
/// <see cref="ApiException"/> into its body, and anything else uncaught into INTERNAL_ERROR.
/// </summary>
public sealed class ErrorMiddleware(RequestDelegate next, ErrorResponder responder, RuntimeOptions options, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[RequestState.RequestIdHeader] = context.RequestId();
        // A request that cannot carry a body (a GET without Content-Length or Transfer-Encoding) has nothing to
        // echo, so it skips the buffering stream and its registration for disposal.
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: options.MaxBodyBytes + 1);
        }

        try
        {
            await next(context);
        }
        catch (ApiException exception) when (!context.Response.HasStarted)
        {
            await responder.WriteAsync(context, exception.Error);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Unhandled error for request {RequestId}", context.RequestId());
            await responder.WriteAsync(context, ApiErrors.Internal(exception, options.ExposeErrorStack));
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Debug) && context.Items.ContainsKey("ApiStudio.Trace"))
            {
                logger.LogDebug("Decision trace for {RequestId}: {Trace}", context.RequestId(), context.Trace());
            }
        }
    }
}
