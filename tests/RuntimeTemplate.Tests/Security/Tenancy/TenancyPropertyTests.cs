using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Tests.Pipeline;
using Xunit.Abstractions;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Three organizations, a dozen callers each way of calling (roles, owners and non-owners, pk_ and sk_ keys, a user
/// of two organizations, a user of none, nobody), every table of a sample seeded, then a fixed-seed stream of random
/// requests of every operation; every response must keep <see cref="ResponseInvariants"/>. Runs once per database.
/// Set APISTUDIO_SECURITY_SEED to explore other seeds; a failure prints the seed and the requests that broke a rule.
/// </summary>
public abstract class TenancyPropertyTests(DatabaseKind database, ITestOutputHelper output)
{
    public const int RequestsPerSample = 400;

    [Fact]
    public Task Crm_random_requests_never_cross_an_organization_an_owner_or_a_mask() => RunAsync(new CrmKnowledge());

    [Fact]
    public Task Hiring_random_requests_never_cross_an_organization_an_owner_or_a_mask() => RunAsync(new HiringKnowledge());

    private async Task RunAsync(SampleKnowledge sample)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("APISTUDIO_SECURITY_SEED"), out var chosen) ? chosen : sample.Seed;
        var clock = Stopwatch.StartNew();
        await using var host = await TenantHost.StartAsync(sample.Prepare(TestApi.Sample(sample.SampleFile)), database);
        var world = await TenantSetup.CreateAsync(host, sample, seed);
        var setup = clock.Elapsed;
        var planner = new RequestPlanner(world, new Random(seed));
        var invariants = new ResponseInvariants(world);
        var ledger = new RecordLedger(world);
        var statistics = new RunStatistics();
        var violations = new List<string>();
        for (var index = 0; index < RequestsPerSample; index++)
        {
            var request = planner.Next();
            var response = await world.SendAsync(request.Caller, request.Method, request.Path, request.Body);
            var text = await response.Content.ReadAsStringAsync();
            var json = Parse(text);
            var status = (int)response.StatusCode;
            statistics.Add(request.Operation, status);
            foreach (var problem in invariants.Check(request, response, text, json))
            {
                violations.Add($"#{index} {request.Describe()}\n    -> {status} {Shorten(text)}\n    BROKEN: {problem}");
            }

            ledger.Apply(request, status, json);
            world.Learn(request.Caller.Org, ResponseInvariants.Tokens(ResponseInvariants.SentText(request)));
        }

        output.WriteLine($"{sample.SampleFile} on {database}, seed {seed}: setup {setup.TotalSeconds:0.0} s, {RequestsPerSample} requests in " +
            $"{(clock.Elapsed - setup).TotalSeconds:0.0} s; {world.Records.Count} records, {world.Secrets.Count} secrets, " +
            $"{invariants.CompleteListsChecked} complete lists compared row for row");
        output.WriteLine(statistics.Describe());
        Assert.True(violations.Count == 0,
            $"seed {seed} ({sample.SampleFile} on {database}): {violations.Count} broken invariant(s)\n" + string.Join("\n", violations.Take(15)));
        statistics.RequireCoverage();
        Assert.True(invariants.CompleteListsChecked >= 5, $"only {invariants.CompleteListsChecked} complete lists were compared row for row");
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}

public sealed class TenancyPropertyTestsOnSqlite(ITestOutputHelper output) : TenancyPropertyTests(DatabaseKind.Sqlite, output);

public sealed class TenancyPropertyTestsOnPostgres(ITestOutputHelper output) : TenancyPropertyTests(DatabaseKind.Postgres, output);
