using System.Text.Json.Nodes;
using ApiStudio.RuntimeBench.Load;

namespace ApiStudio.RuntimeBench;

/// <summary>
/// Before any load: both servers answer the same record and the same page with the same fields, so the
/// run compares equal work. Prints the body sizes, which the serializers' costs scale with.
/// </summary>
public static class ResponseCheck
{
    public static async Task RequireSameShapeAsync(Target runtime, Target baseline, Guid id)
    {
        var (runtimeRecord, runtimeRecordBytes) = await GetAsync(runtime, $"/companies/{id}");
        var (baselineRecord, baselineRecordBytes) = await GetAsync(baseline, $"/companies/{id}");
        Require(Fields(runtimeRecord), Fields(baselineRecord), "GET /companies/{id}");
        if (!string.Equals(runtimeRecord["name"]?.GetValue<string>(), baselineRecord["name"]?.GetValue<string>(), StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The two servers answer different records for the same id.");
        }

        var (runtimePage, runtimePageBytes) = await GetAsync(runtime, "/companies?limit=50");
        var (baselinePage, baselinePageBytes) = await GetAsync(baseline, "/companies?limit=50");
        var runtimeRows = runtimePage["data"]!.AsArray();
        var baselineRows = baselinePage["data"]!.AsArray();
        if (runtimeRows.Count != 50 || baselineRows.Count != 50)
        {
            throw new InvalidOperationException($"A page of 50 was expected from both; the runtime sent {runtimeRows.Count}, the baseline {baselineRows.Count}.");
        }

        Require(Fields(runtimeRows[0]!.AsObject()), Fields(baselineRows[0]!.AsObject()), "GET /companies?limit=50");
        var sameOrder = runtimeRows.Select(r => r!["id"]!.GetValue<string>().ToUpperInvariant())
            .SequenceEqual(baselineRows.Select(r => r!["id"]!.GetValue<string>().ToUpperInvariant()));
        if (!sameOrder)
        {
            throw new InvalidOperationException("The two servers page the companies in a different order.");
        }

        Console.WriteLine($"Same fields and rows from both; body sizes: record {runtimeRecordBytes} B (runtime) / {baselineRecordBytes} B (baseline), " +
            $"page of 50 {runtimePageBytes} B / {baselinePageBytes} B");
    }

    private static async Task<(JsonObject Body, int Bytes)> GetAsync(Target target, string path)
    {
        using var response = await target.Client.GetAsync(target.BaseUrl + path);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"{target.Name} answered GET {path} with {(int)response.StatusCode}: {text}");
        }

        return (JsonNode.Parse(text)!.AsObject(), System.Text.Encoding.UTF8.GetByteCount(text));
    }

    private static List<string> Fields(JsonObject record) => record.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    private static void Require(List<string> runtime, List<string> baseline, string what)
    {
        if (!runtime.SequenceEqual(baseline))
        {
            throw new InvalidOperationException($"{what}: the runtime sends [{string.Join(", ", runtime)}], the baseline [{string.Join(", ", baseline)}].");
        }
    }
}
