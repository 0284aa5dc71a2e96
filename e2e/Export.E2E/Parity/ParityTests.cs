using System.Diagnostics;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;
using Xunit.Abstractions;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// The promise that the exported API behaves exactly as simulated: one scenario list through every layer, sent to the
/// Studio's simulator and to the exported, built and running API, in each error dialect, compared status by status and
/// body by body.
/// </summary>
[Collection(ExportedCrmCollection.Name)]
public sealed class ParityTests(ExportedCrm crm, ITestOutputHelper output)
{
    [Fact]
    public void The_parity_designs_export_like_the_sample_but_for_their_definition_documents()
    {
        var sample = ProjectExporter.Export(CrmVersions.V1);
        foreach (var dialect in ParityDesign.Dialects)
        {
            var parity = ProjectExporter.Export(ParityDesign.For(dialect));

            var differing = sample.Files.Zip(parity.Files).Where(pair => pair.First != pair.Second).Select(pair => pair.First.Path);

            Assert.Equal(sample.Files.Select(f => f.Path), parity.Files.Select(f => f.Path));
            Assert.Equal(["README.md", "api.json", "openapi.json"], differing);
        }
    }

    [Fact]
    public void The_scenarios_reach_every_layer_and_the_codes_the_product_promises()
    {
        var codes = ParityScenarios.All.Select(s => s.Code).OfType<string>().ToHashSet();

        Assert.True(ParityScenarios.All.Count >= 40, $"{ParityScenarios.All.Count} scenarios");
        Assert.Subset(codes, new HashSet<string>
        {
            "AUTH_MISSING", "AUTH_INVALID_TOKEN", "AUTH_EXPIRED", "AUTH_INVALID_CREDENTIALS", "AUTH_RATE_LIMITED", "RATE_LIMITED", "FIREWALL_ORG_ISOLATION", "FIREWALL_NOT_FOUND",
            "FIREWALL_SOFT_DELETED", "FIREWALL_USER_ISOLATION", "NOT_FOUND", "ACCESS_ROLE_REQUIRED", "ACCESS_CONDITION_FAILED", "ACCESS_SCOPE_INSUFFICIENT",
            "ACCESS_OWNERSHIP_REQUIRED", "ACCESS_NO_ORG", "ACCESS_ACTION_NOT_ALLOWED_FOR_STATE", "GUARD_FIELD_NOT_CREATEABLE",
            "GUARD_FIELD_NOT_UPDATABLE", "GUARD_FIELD_PROTECTED", "GUARD_FIELD_IMMUTABLE", "GUARD_SYSTEM_MANAGED", "VALIDATION_FAILED",
            "VALIDATION_MALFORMED_JSON", "VALIDATION_INVALID_QUERY", "VALIDATION_BODY_TOO_LARGE", "DB_UNIQUE_VIOLATION", "DB_NOT_NULL_VIOLATION", "BATCH_ATOMIC_FAILED",
            "BATCH_SIZE_EXCEEDED", "BATCH_MISSING_IDS",
        });
        Assert.Subset(ParityScenarios.All.Select(s => s.Status).ToHashSet(), new HashSet<int> { 200, 201, 207, 400, 401, 403, 404, 409, 413, 429 });
        Assert.Subset(ParityScenarios.All.Select(s => s.Method).ToHashSet(), new HashSet<string> { "GET", "POST", "PATCH", "DELETE" });
    }

    [Theory]
    [InlineData(ErrorDialect.Flat)]
    [InlineData(ErrorDialect.Envelope)]
    [InlineData(ErrorDialect.Problem)]
    public Task Every_scenario_answers_the_same_in_the_simulator_and_the_exported_API(ErrorDialect dialect) => RunAsync(dialect, onPostgres: false);

    /// <summary>The simulator runs on SQLite; an export deployed on PostgreSQL must still answer as it does.</summary>
    [Fact]
    public Task Every_scenario_answers_the_same_in_the_simulator_and_the_exported_API_on_PostgreSQL() => RunAsync(ErrorDialect.Flat, onPostgres: true);

    private async Task RunAsync(ErrorDialect dialect, bool onPostgres)
    {
        var clock = Stopwatch.StartNew();
        var definition = ParityDesign.For(dialect);
        var folder = crm.FolderFor($"crm-parity-{dialect.ToString().ToLowerInvariant()}{(onPostgres ? "-postgres" : "")}");
        FolderWriter.Write(ProjectExporter.Export(definition), folder);
        await using var simulator = await SimulatorSide.StartAsync(definition);
        await using var exported = await ExportedSide.StartAsync(crm, definition, folder, simulator, onPostgres);
        Assert.Equal(simulator.SeededIds.Order(), exported.SeededIds.Order());
        var started = clock.Elapsed;

        var run = new ParityRun(simulator, exported);
        await run.RunAsync(ParityScenarios.All);

        run.Transcript.ForEach(output.WriteLine);
        output.WriteLine($"{dialect}{(onPostgres ? " on PostgreSQL" : "")}: {run.Sent} scenarios, {run.Failures.Count} failed, {run.Skipped.Count} skipped; " +
            $"sides started in {started.TotalSeconds:0.0} s, run in {(clock.Elapsed - started).TotalSeconds:0.0} s");
        Assert.True(run.Failures.Count == 0, run.Describe());
    }
}
