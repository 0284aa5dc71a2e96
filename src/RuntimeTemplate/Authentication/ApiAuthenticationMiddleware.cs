using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Layer 1: establishes who is calling and leaves it on the request (<see cref="CallerContext"/>). Presented
/// but unusable credentials stop the request with 401; absent credentials do not (see
/// <see cref="CallerRequirements.RequireAuthenticated"/>).
/// </summary>
public sealed class ApiAuthenticationMiddleware(RequestDelegate next, RuntimeOptions options)
{
    public const string Layer = ErrorLayer.Authentication;

    public async Task InvokeAsync(HttpContext context, CallerResolver resolver)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IgnoresCredentials>() is not null)
        {
            context.SetCaller(CallerIdentity.Anonymous);
            if (options.RecordTrace)
            {
                context.Trace().Skipped(Layer, "credentials ignored", "this endpoint issues credentials and does not read them");
            }

            await next(context);
            return;
        }

        ResolvedCaller resolved;
        try
        {
            resolved = await resolver.ResolveAsync(context);
        }
        catch (ApiException exception) when (options.RecordTrace)
        {
            context.Trace().Failed(exception.Error.Layer, "credential check", ReasonOf(exception.Error), FixFor(exception.Error));
            throw;
        }

        context.SetCaller(resolved.Caller);
        if (resolved.ChainId is not null)
        {
            context.SetChainId(resolved.ChainId);
        }

        if (options.RecordTrace)
        {
            context.Trace().Passed(Layer, resolved.Rule, resolved.Reason);
        }

        await next(context);
    }

    private static string ReasonOf(ApiError error) =>
        error.Details?["reason"]?.GetValue<string>() is { } reason ? reason : error.Message.ToLowerInvariant();

    private static string? FixFor(ApiError error) => error.Code switch
    {
        ErrorCodes.AuthExpired => "refresh the access token with POST auth/refresh, or sign in again",
        _ => error.Hint,
    };
}
