namespace ApiStudio.RuntimeBench.Load;

/// <summary>
/// What one timed stretch of load produced: completed requests, failures, wall time, every latency
/// (Stopwatch ticks) and the CPU time the server process used meanwhile.
/// </summary>
public sealed record LoadSegment(long Requests, long Failures, TimeSpan Elapsed, long[] Latencies, string? FirstFailure)
{
    public TimeSpan ServerCpu { get; init; }

    /// <summary>Methods the server process compiled meanwhile; after warm-up, anything above zero is code generated per request.</summary>
    public long ServerCompiledMethods { get; init; }

    public long ServerAllocatedBytes { get; init; }
}
