using ApiStudio.RuntimeBench.Load;

namespace ApiStudio.RuntimeBench;

/// <summary>One operation measured against both servers in the same run.</summary>
public sealed record OperationResult(string Name, string Description, LoadResult Baseline, LoadResult Runtime, double Target)
{
    /// <summary>Runtime throughput as a fraction of the baseline's: the figure the target applies to.</summary>
    public double Ratio => Runtime.RequestsPerSecond / Baseline.RequestsPerSecond;

    /// <summary>Baseline server CPU per request over the runtime's: the same comparison, less sensitive to a busy machine.</summary>
    public double CpuRatio => Baseline.ServerCpuMicrosPerRequest / Runtime.ServerCpuMicrosPerRequest;

    public bool Met => Ratio >= Target;
}
