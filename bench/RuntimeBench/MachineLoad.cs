using System.Globalization;

namespace ApiStudio.RuntimeBench;

/// <summary>The 1-minute load average, recorded with the figures: on a machine busy with other work they are noise.</summary>
public static class MachineLoad
{
    public static double Read()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>More runnable work than cores before the run (the bench adds up to two itself).</summary>
    public static bool Busy(double before, double after) => before > Environment.ProcessorCount || after > Environment.ProcessorCount + 2;
}
