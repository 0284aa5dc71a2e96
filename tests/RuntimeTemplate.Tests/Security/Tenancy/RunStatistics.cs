namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>Requests and statuses per operation, so a run proves it reached every operation and got past the layers.</summary>
public sealed class RunStatistics
{
    private readonly SortedDictionary<Operation, SortedDictionary<int, int>> counts = [];

    public void Add(Operation operation, int status)
    {
        if (!counts.TryGetValue(operation, out var statuses))
        {
            counts[operation] = statuses = [];
        }

        statuses[status] = statuses.GetValueOrDefault(status) + 1;
    }

    public string Describe() => string.Join("\n", counts.Select(c =>
        $"  {c.Key,-16} {c.Value.Values.Sum(),4}: " + string.Join(", ", c.Value.Select(s => $"{s.Key}×{s.Value}"))));

    /// <summary>Every operation was sent, and each (but the rarely-allowed deletes) succeeded at least once.</summary>
    public void RequireCoverage()
    {
        foreach (var operation in counts.Keys)
        {
            var succeeded = counts[operation].Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
            Assert.True(succeeded > 0 || operation is Operation.Delete or Operation.BatchDelete,
                $"no {operation} request succeeded: the run never got past the security layers for it\n{Describe()}");
        }

        Assert.True(counts.Count >= 10, $"only {counts.Count} operations were sent\n{Describe()}");
    }
}
