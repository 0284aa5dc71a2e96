using System.Threading.RateLimiting;

namespace ApiStudio.Runtime.RateLimiting;

/// <summary>
/// The counters of one running API: a fixed window per <see cref="RateLimitBucket"/>, from
/// System.Threading.RateLimiting, which also drops the counters of idle callers. Windows run on real time
/// (the library has no clock to inject), so tests use small limits rather than waiting.
/// </summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitBucket> limiter = PartitionedRateLimiter.Create<RateLimitBucket, RateLimitBucket>(
        bucket => RateLimitPartition.GetFixedWindowLimiter(bucket, b => new FixedWindowRateLimiterOptions
        {
            PermitLimit = b.Limit,
            Window = b.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public RateLimitDecision Acquire(RateLimitBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        using var lease = limiter.AttemptAcquire(bucket);
        var remaining = (int)Math.Max(0, limiter.GetStatistics(bucket)?.CurrentAvailablePermits ?? 0);
        if (lease.IsAcquired)
        {
            return new RateLimitDecision(true, remaining, 0);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : bucket.Window;
        return new RateLimitDecision(false, 0, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)));
    }

    public void Dispose() => limiter.Dispose();
}
