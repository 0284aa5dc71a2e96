using System.Diagnostics;

namespace ApiStudio.RuntimeBench.Load;

/// <summary>
/// A closed loop: a fixed number of workers, each sending its next request as soon as the previous answer
/// is read, until the time is up or the request budget is spent (whichever comes first).
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadSegment> RunAsync(Target target, Operation operation, int concurrency, TimeSpan duration, long maxRequests)
    {
        long sequence = 0;
        long failures = 0;
        string? firstFailure = null;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task<List<long>> WorkerAsync()
        {
            var latencies = new List<long>(capacity: 16 * 1024);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var n = Interlocked.Increment(ref sequence);
                if (n > maxRequests)
                {
                    break;
                }

                using var request = operation.Build(target.BaseUrl, n);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await target.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(Stopwatch.GetTimestamp() - sent);
                    if ((int)response.StatusCode != operation.ExpectedStatus)
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref firstFailure,
                            $"{(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400))}", null);
                    }
                }
                catch (HttpRequestException exception)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, exception.Message, null);
                }
            }

            return latencies;
        }

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)).ToArray();
        var all = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var latencies = all.SelectMany(l => l).ToArray();
        return new LoadSegment(latencies.LongLength, failures, elapsed, latencies, firstFailure);
    }
}
