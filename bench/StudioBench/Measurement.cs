using System.Diagnostics;

namespace ApiStudio.Bench;

/// <summary>The median of many timed runs after a warm-up, so JIT and first-use costs stay out of it.</summary>
public static class Measurement
{
    public static async Task<double> MedianMillisecondsAsync(int warmUp, int runs, Func<int, Task> run)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await run(i);
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run(warmUp + i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
    }

    public static Task<double> MedianMilliseconds(int warmUp, int runs, Action run) =>
        MedianMillisecondsAsync(warmUp, runs, _ =>
        {
            run();
            return Task.CompletedTask;
        });
}
