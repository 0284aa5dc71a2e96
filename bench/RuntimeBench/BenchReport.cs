using System.Runtime.InteropServices;
using System.Text.Json;
using ApiStudio.RuntimeBench.Load;

namespace ApiStudio.RuntimeBench;

/// <summary>The shape of results.json: the machine, the settings and every figure of the table.</summary>
public sealed record BenchReport(
    DateTimeOffset Date,
    string Command,
    object Machine,
    BenchOptions Settings,
    IReadOnlyList<OperationResult> Operations,
    LoadResult Floor,
    double LoadAverageBefore,
    double LoadAverageAfter)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static BenchReport Create(BenchOptions options, IReadOnlyList<OperationResult> operations, LoadResult floor, double loadBefore, double loadAfter) => new(
        DateTimeOffset.UtcNow,
        "dotnet run -c Release --project bench/RuntimeBench",
        new
        {
            Os = RuntimeInformation.OSDescription,
            Cpu = CpuModel(),
            Cores = Environment.ProcessorCount,
            Dotnet = Environment.Version.ToString(),
            Gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        },
        options,
        operations,
        floor,
        loadBefore,
        loadAfter);

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
