using System.Diagnostics;
using System.Runtime;

namespace ApiStudio.Bench;

/// <summary>
/// Medians of the wall-clock time and of the process's CPU time (every thread: the work, the garbage collector,
/// the JIT) of the same runs after a warm-up. On a machine shared with other builds the wall clock also counts
/// the time spent waiting for a core; the CPU time does not, so it moves much less from run to run.
/// </summary>
public static class WallAndCpu
{
    /// <summary>A warm-up run that compiles fewer methods than this leaves the JIT settled.</summary>
    private const int SettledJitCount = 25;

    private const int MaxWarmUp = 60;

    /// <param name="warmUp">The fewest warm-up runs. Warming up goes on while runs still compile methods: tiered
    /// compilation recompiles hot methods for many runs of work this size (about 20 exports), and a median of runs
    /// that still pay for it measures the JIT, not the export.</param>
    public static (double WallMs, double CpuMs, int WarmUpRuns) Medians(int warmUp, int runs, Action run)
    {
        var warmUpRuns = 0;
        while (warmUpRuns < MaxWarmUp)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            run();
            warmUpRuns++;
            if (warmUpRuns >= warmUp && JitInfo.GetCompiledMethodCount() - compiled < SettledJitCount)
            {
                break;
            }
        }

        var wall = new double[runs];
        var cpu = new double[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            run();
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        return (Median(wall), Median(cpu), warmUpRuns);
    }

    private static double Median(double[] samples)
    {
        Array.Sort(samples);
        var n = samples.Length;
        return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    }
}
