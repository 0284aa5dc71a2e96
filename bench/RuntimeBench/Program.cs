// Throughput and latency of the runtime's request pipeline (the CRM sample on SQLite, over real HTTP)
// against a hand-written minimal-API + EF Core app doing the same queries on a copy of the same file.
// This process is the load generator; both servers run in a second process (this program with --serve),
// one under load at a time, so the servers' CPU time per request can be read apart from the client's.
using System.Text;
using System.Text.Json;
using ApiStudio.RuntimeBench;
using ApiStudio.RuntimeBench.Load;

const double TargetRatio = 0.85;
const int JitQuietMethodsPerTurn = 60;

var options = BenchOptions.Parse(args);
if (options.Serve)
{
    return await ServeMode.RunAsync(options);
}

var loadBefore = MachineLoad.Read();
await using var server = await ServerProcess.StartAsync(options);
var handshake = server.Handshake;
var ids = handshake.CompanyIds;
using var runtimeTarget = new Target("runtime", handshake.RuntimeBaseUrl, handshake.User.AccessToken, options.Concurrency);
using var baselineTarget = new Target("baseline", handshake.BaselineBaseUrl, handshake.User.AccessToken, options.Concurrency);
using var floorTarget = new Target("floor", handshake.BaselineOrigin, handshake.User.AccessToken, options.Concurrency);

var createBody = (long n) => new ByteArrayContent(Encoding.UTF8.GetBytes(
    $$"""{"name":"Bench company {{n}}","domain":"bench{{n}}.example","website":"https://bench{{n}}.example"}"""))
{
    Headers = { ContentType = new("application/json") { CharSet = "utf-8" } },
};
var operations = new Dictionary<string, Operation>
{
    ["get"] = new("get", "GET /companies/{id}", 200, (url, n) => new HttpRequestMessage(HttpMethod.Get, $"{url}/companies/{ids[n % ids.Length]}")),
    ["list"] = new("list", "GET /companies?limit=50", 200, (url, _) => new HttpRequestMessage(HttpMethod.Get, $"{url}/companies?limit=50")),
    ["create"] = new("create", "POST /companies", 201, (url, n) => new HttpRequestMessage(HttpMethod.Post, $"{url}/companies") { Content = createBody(n) }),
};
var floor = new Operation("floor", "GET /ping (Kestrel + client, no pipeline)", 200, (url, _) => new HttpRequestMessage(HttpMethod.Get, $"{url}/ping"));

Console.WriteLine($"Runtime bench: .NET {Environment.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine($"{options.Rows} companies, SQLite WAL files in {handshake.DatabaseFolder}, concurrency {options.Concurrency}, " +
    $"warm-up {options.WarmUpSeconds:0.#} s and {options.DurationSeconds:0.#} s measured per operation and server");
Console.WriteLine($"Load average before the run: {loadBefore}");
await ResponseCheck.RequireSameShapeAsync(runtimeTarget, baselineTarget, ids[0]);
Console.WriteLine();

var warmUp = TimeSpan.FromSeconds(options.WarmUpSeconds);
var segment = TimeSpan.FromSeconds(options.DurationSeconds / (2 * options.Rounds));

async Task<LoadSegment> Segment(Target target, Operation operation, TimeSpan length)
{
    await server.CommandAsync("gc");
    var before = await server.CountersAsync();
    var cpuBefore = server.CpuTime;
    var result = await LoadGenerator.RunAsync(target, operation, options.Concurrency, length, options.MaxRequestsPerSegment);
    var cpu = server.CpuTime - cpuBefore;
    var after = await server.CountersAsync();
    return result with
    {
        ServerCpu = cpu,
        ServerCompiledMethods = after.CompiledMethods - before.CompiledMethods,
        ServerAllocatedBytes = after.AllocatedBytes - before.AllocatedBytes,
    };
}

// Tiered compilation keeps re-compiling hot methods for many seconds after start (longer on a busy
// machine); measuring before it is done would compare tier-0 code. Warm up until the JIT is quiet.
var selected = options.Operations.Select(name => operations.TryGetValue(name, out var found) ? found : throw new ArgumentException($"unknown operation '{name}'")).ToList();
var jitStarted = System.Diagnostics.Stopwatch.StartNew();
var jitQuiet = false;
Console.Write("JIT warm-up, methods compiled per turn:");
while (!jitQuiet && jitStarted.Elapsed.TotalSeconds < options.MaxJitWarmUpSeconds)
{
    var compiledBefore = (await server.CountersAsync()).CompiledMethods + System.Runtime.JitInfo.GetCompiledMethodCount();
    foreach (var operation in selected)
    {
        await LoadGenerator.RunAsync(baselineTarget, operation, options.Concurrency, TimeSpan.FromSeconds(1), options.MaxRequestsPerSegment);
        await LoadGenerator.RunAsync(runtimeTarget, operation, options.Concurrency, TimeSpan.FromSeconds(1), options.MaxRequestsPerSegment);
    }

    var compiledInTurn = (await server.CountersAsync()).CompiledMethods + System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
    jitQuiet = compiledInTurn <= JitQuietMethodsPerTurn;
    Console.Write($" {compiledInTurn}");
}

Console.WriteLine(jitQuiet ? $"; quiet after {jitStarted.Elapsed.TotalSeconds:0} s" : $"; still compiling after {jitStarted.Elapsed.TotalSeconds:0} s (--jit-warmup to wait longer)");

var rows = new List<OperationResult>();
foreach (var operation in selected)
{
    Console.Write($"{operation.Description}: warming up");
    await Segment(baselineTarget, operation, warmUp);
    await Segment(runtimeTarget, operation, warmUp);
    Console.Write(", measuring");
    // Baseline, runtime, runtime, baseline (per round): a drift over the run (tiering, heap and table
    // growth, other work on the machine) falls on both servers alike.
    var baselineSegments = new List<LoadSegment>();
    var runtimeSegments = new List<LoadSegment>();
    for (var round = 0; round < options.Rounds; round++)
    {
        baselineSegments.Add(await Segment(baselineTarget, operation, segment));
        runtimeSegments.Add(await Segment(runtimeTarget, operation, segment));
        runtimeSegments.Add(await Segment(runtimeTarget, operation, segment));
        baselineSegments.Add(await Segment(baselineTarget, operation, segment));
    }

    var result = new OperationResult(operation.Name, operation.Description, LoadResult.Of(baselineSegments), LoadResult.Of(runtimeSegments), TargetRatio);
    rows.Add(result);
    Console.WriteLine($": runtime {result.Runtime.RequestsPerSecond:0} req/s, baseline {result.Baseline.RequestsPerSecond:0} req/s, ratio {result.Ratio:0.00}" +
        $" (methods compiled per 1000 requests: runtime {result.Runtime.ServerCompiledMethodsPer1000Requests:0.#}, baseline {result.Baseline.ServerCompiledMethodsPer1000Requests:0.#})");
}

Console.Write("GET /ping: warming up");
await Segment(floorTarget, floor, warmUp);
var floorResult = LoadResult.Of([await Segment(floorTarget, floor, 2 * segment)]);
Console.WriteLine($", {floorResult.RequestsPerSecond:0} req/s");
var loadAfter = MachineLoad.Read();

if (options.Stages)
{
    Console.WriteLine();
    await server.CommandAsync("stages", relay: true);
}

Console.WriteLine();
Console.WriteLine("| operation | runtime req/s | baseline req/s | runtime / baseline | runtime p50 / p99 | baseline p50 / p99 " +
    "| server CPU per request, runtime / baseline | allocated per request, runtime / baseline | target |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
foreach (var row in rows)
{
    Console.WriteLine($"| {row.Description} | {row.Runtime.RequestsPerSecond:0} | {row.Baseline.RequestsPerSecond:0} | **{row.Ratio:0.00}** " +
        $"| {row.Runtime.P50Ms:0.0} / {row.Runtime.P99Ms:0.0} ms | {row.Baseline.P50Ms:0.0} / {row.Baseline.P99Ms:0.0} ms " +
        $"| {row.Runtime.ServerCpuMicrosPerRequest:0} / {row.Baseline.ServerCpuMicrosPerRequest:0} us " +
        $"| {row.Runtime.ServerKilobytesAllocatedPerRequest:0.0} / {row.Baseline.ServerKilobytesAllocatedPerRequest:0.0} KB " +
        $"| >= {TargetRatio:0.00}: {(row.Met ? "met" : "**missed**")} |");
}

Console.WriteLine($"| {floor.Description} | | {floorResult.RequestsPerSecond:0} | | | {floorResult.P50Ms:0.0} / {floorResult.P99Ms:0.0} ms " +
    $"| {floorResult.ServerCpuMicrosPerRequest:0} us | {floorResult.ServerKilobytesAllocatedPerRequest:0.0} KB | |");
Console.WriteLine();
Console.WriteLine($"Load average before / after: {loadBefore} / {loadAfter} ({Environment.ProcessorCount} cores)" +
    (MachineLoad.Busy(loadBefore, loadAfter) ? ": the machine was busy with other work, so the figures are noisy; run again on a quiet machine." : ""));

var failures = rows.SelectMany(r => new (string Name, string Server, LoadResult Result)[] { (r.Name, "runtime", r.Runtime), (r.Name, "baseline", r.Baseline) })
    .Append<(string Name, string Server, LoadResult Result)>(("floor", "baseline", floorResult))
    .Where(x => x.Result.Failures > 0).ToList();
foreach (var (name, serverName, result) in failures)
{
    Console.Error.WriteLine($"{name} on {serverName}: {result.Failures} of {result.Requests} requests failed; first: {result.FirstFailure}");
}

var resultsPath = options.ResultsPath ?? RepositoryPaths.DefaultResults;
var report = BenchReport.Create(options, rows, floorResult, loadBefore, loadAfter);
await File.WriteAllTextAsync(resultsPath, JsonSerializer.Serialize(report, BenchReport.JsonOptions) + "\n");
Console.WriteLine($"Results written to {Path.GetRelativePath(Directory.GetCurrentDirectory(), resultsPath)}");

return failures.Count > 0 ? 1 : rows.All(r => r.Met) ? 0 : 2;
