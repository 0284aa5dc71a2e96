using System.Diagnostics;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;

// Simulator timings on the CRM sample, after warm-up: rebuilding the sandbox after a schema change (alone and
// with the first request the rebuilt sandbox answers), after an edit that keeps the schema, and a simulated
// request's round trip, each next to a baseline measured in the same run (an empty design's sandbox; a
// request to /health, which runs the middleware but no table layer).
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "Directory.Build.props")))
{
    root = root.Parent!;
}

var crm = DefinitionJson.Parse(File.ReadAllText(Path.Combine(root.FullName, "samples", "crm.api.json"))).Definition!;
var empty = new ApiDefinition { Project = crm.Project, Roles = crm.Roles, RoleHierarchy = crm.RoleHierarchy };

async Task<double> MedianAsync(int runs, Func<int, Task> action)
{
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        await action(i);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

// A schema change adds a column to the first table, as the editor does after a column is added: the EF Core
// model is new every time. An edit that leaves the storage alone (here a table's description; a rule is
// the same) gives the same model, which a rebuild may reuse.
ApiDefinition WithColumn(ApiDefinition definition, int i) => definition with
{
    Tables = definition.Tables.Select((t, index) => index == 0
        ? t with { Columns = [.. t.Columns, new ColumnDefinition { Name = $"note{i + 1000}", Type = ColumnType.Text, MaxLength = 200 }] }
        : t).ToList(),
};
ApiDefinition Described(ApiDefinition definition, int i) => definition with
{
    Tables = definition.Tables.Select((t, index) => index == 0 ? t with { Description = $"revision {i}" } : t).ToList(),
};

for (var i = 0; i < 3; i++)
{
    await (await Sandbox.CreateAsync(WithColumn(crm, -1 - i))).DisposeAsync();
    await (await Sandbox.CreateAsync(Described(crm, -1 - i))).DisposeAsync();
}

var firstDeal = new SimulatedRequest("GET", "/api/v1/deals?limit=1", null, "user-A-sales");
var rebuild = await MedianAsync(15, async i => await (await Sandbox.CreateAsync(WithColumn(crm, i))).DisposeAsync());
var rebuildThenGet = await MedianAsync(15, async i =>
{
    await using var rebuilt = await Sandbox.CreateAsync(WithColumn(crm, 100 + i));
    await rebuilt.SendAsync(firstDeal);
});
var rebuildSameSchema = await MedianAsync(15, async i => await (await Sandbox.CreateAsync(Described(crm, i))).DisposeAsync());
var rebuildSameSchemaThenGet = await MedianAsync(15, async i =>
{
    await using var rebuilt = await Sandbox.CreateAsync(Described(crm, 100 + i));
    await rebuilt.SendAsync(firstDeal);
});
var rebuildSameSchemaThenHealth = await MedianAsync(15, async i =>
{
    await using var rebuilt = await Sandbox.CreateAsync(Described(crm, 200 + i));
    await rebuilt.SendAsync(new SimulatedRequest("GET", "/health", null, "anonymous"));
});
var rebuildEmpty = await MedianAsync(15, async i => await (await Sandbox.CreateAsync(Described(empty, i))).DisposeAsync());

await using var sandbox = await Sandbox.CreateAsync(crm);
var deal = sandbox.Records.First(r => r.Table == "deals" && r.Organization == "A").Id;
var get = new SimulatedRequest("GET", $"/api/v1/deals/{deal}", null, "user-A-sales");
var health = new SimulatedRequest("GET", "/health", null, "user-A-sales");
for (var i = 0; i < 50; i++)
{
    await sandbox.SendAsync(get);
    await sandbox.SendAsync(health);
}

var request = await MedianAsync(300, _ => sandbox.SendAsync(get));
var baseline = await MedianAsync(300, _ => sandbox.SendAsync(health));

Console.WriteLine("| measurement | median | baseline (same run) | ratio | target |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
Console.WriteLine($"| rebuild the CRM sandbox after a schema change (a column added) | {rebuild:F0} ms | empty design's sandbox: {rebuildEmpty:F0} ms | {rebuild / rebuildEmpty:F2}x | < 300 ms |");
Console.WriteLine($"| rebuild after a schema change, then its first GET of a deal | {rebuildThenGet:F0} ms | empty design's sandbox: {rebuildEmpty:F0} ms | {rebuildThenGet / rebuildEmpty:F2}x | |");
Console.WriteLine($"| rebuild after an edit that keeps the schema (a description) | {rebuildSameSchema:F0} ms | empty design's sandbox: {rebuildEmpty:F0} ms | {rebuildSameSchema / rebuildEmpty:F2}x | |");
Console.WriteLine($"| rebuild after a schema-keeping edit, then its first GET of a deal | {rebuildSameSchemaThenGet:F0} ms | empty design's sandbox: {rebuildEmpty:F0} ms | {rebuildSameSchemaThenGet / rebuildEmpty:F2}x | |");
Console.WriteLine($"| rebuild after a schema-keeping edit, then its first GET /health | {rebuildSameSchemaThenHealth:F0} ms | empty design's sandbox: {rebuildEmpty:F0} ms | {rebuildSameSchemaThenHealth / rebuildEmpty:F2}x | |");
Console.WriteLine($"| simulated GET of a deal, round trip with trace | {request:F2} ms | GET /health: {baseline:F2} ms | {request / baseline:F2}x | < 20 ms |");
