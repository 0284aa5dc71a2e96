using System.Globalization;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.RateLimiting;

/// <summary>
/// Layer 2: counts the request against its caller's window and stops it with 429 once the window is spent
/// (AUTH_RATE_LIMITED for sign-in, RATE_LIMITED otherwise). Every counted response carries
/// <c>X-RateLimit-Limit</c> and <c>X-RateLimit-Remaining</c>; a 429 also carries <c>Retry-After</c>.
/// </summary>
public sealed class ApiRateLimitMiddleware(RequestDelegate next, ApiRateLimiter limiter, RuntimeOptions options)
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";
    private const string Layer = ErrorLayer.RateLimit;

    public async Task InvokeAsync(HttpContext context)
    {
        var bucket = RateLimitPolicy.BucketFor(context, options.Definition);
        if (bucket.Limit <= 0)
        {
            // A limit of 0 or less in the definition means "no limit" for that kind.
            if (options.RecordTrace)
            {
                context.Trace().Skipped(Layer, bucket.Describe(), $"no {bucket.Kind} limit is configured");
            }

            await next(context);
            return;
        }

        var decision = limiter.Acquire(bucket);
        context.Response.Headers[LimitHeader] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers[RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            if (options.RecordTrace)
            {
                context.Trace().Failed(Layer, bucket.Describe(),
                    $"{bucket.Identity} has used all {bucket.Limit} {bucket.Kind} requests of this {bucket.Window.TotalSeconds:0} s window",
                    $"wait {decision.RetryAfterSeconds} s, or raise project.rateLimits" + (bucket.Table is null ? "" : $" / the table's rateLimits"));
            }

            throw new ApiException(bucket.Kind == RateLimitKinds.SignIn
                ? ApiErrors.AuthRateLimited(decision.RetryAfterSeconds)
                : ApiErrors.RateLimited(decision.RetryAfterSeconds, bucket.Limit, bucket.Kind));
        }

        if (options.RecordTrace)
        {
            context.Trace().Passed(Layer, bucket.Describe(),
                $"{bucket.Identity}: {decision.Remaining} of {bucket.Limit} {bucket.Kind} requests left in this {bucket.Window.TotalSeconds:0} s window");
        }

        await next(context);
    }
}
