using System.Diagnostics;

namespace ApiStudio.Bench;

/// <summary>
/// Medians of the wall-clock time and of the process's CPU time (every thread: the work, the garbage collector,
/// the JIT) of the same runs after a warm-up. On a machine shared with other builds the wall clock also counts
/// the time spent waiting for a core; the CPU time does not, so it moves much less from run to run.
/// </summary>
public static class WallAndCpu
{
    public static (double WallMs, double CpuMs) Medians(int warmUp, int runs, Action run)
    {
        for (var i = 0; i < warmUp; i++)
        {
            run();
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

        return (Median(wall), Median(cpu));
    }

    private static double Median(double[] samples)
    {
        Array.Sort(samples);
        var n = samples.Length;
        return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    }
}
