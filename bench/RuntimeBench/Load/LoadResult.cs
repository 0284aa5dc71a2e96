using System.Diagnostics;

namespace ApiStudio.RuntimeBench.Load;

/// <summary>Throughput, latency percentiles and server CPU per request of one operation against one server, over all its segments.</summary>
public sealed record LoadResult(
    long Requests,
    long Failures,
    double Seconds,
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    double ServerCpuMicrosPerRequest,
    double ServerCompiledMethodsPer1000Requests,
    double ServerKilobytesAllocatedPerRequest,
    string? FirstFailure)
{
    public static LoadResult Of(IReadOnlyList<LoadSegment> segments)
    {
        var latencies = segments.SelectMany(s => s.Latencies).ToArray();
        Array.Sort(latencies);
        var requests = segments.Sum(s => s.Requests);
        var seconds = segments.Sum(s => s.Elapsed.TotalSeconds);
        var cpu = segments.Sum(s => s.ServerCpu.TotalMicroseconds);
        return new LoadResult(requests, segments.Sum(s => s.Failures), seconds, requests / seconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), requests == 0 ? double.NaN : cpu / requests,
            requests == 0 ? double.NaN : segments.Sum(s => s.ServerCompiledMethods) * 1000.0 / requests,
            requests == 0 ? double.NaN : segments.Sum(s => s.ServerAllocatedBytes) / 1024.0 / requests,
            segments.Select(s => s.FirstFailure).FirstOrDefault(f => f is not null));
    }

    private static double Percentile(long[] sorted, double fraction)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
