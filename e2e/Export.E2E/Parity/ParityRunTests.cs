namespace ApiStudio.Export.E2E.Parity;

/// <summary>The comparison itself, on two scripted sides: what it ignores, and how it reports what it does not.</summary>
public sealed class ParityRunTests
{
    private const string SeededId = "3e9f4f05-f8cd-da30-6dfd-e29bf96e937f";

    private static readonly ParityScenario Read = new("read a company", "user-A-viewer", "GET", "/api/v1/companies/" + SeededId, null, 200, null);

    [Fact]
    public async Task Request_ids_timestamps_and_generated_ids_are_ignored_but_seeded_ids_are_compared()
    {
        var simulator = new ScriptedSide("simulator",
            """{"id":"11111111-2222-3333-4444-555555555555","companyId":"3e9f4f05-f8cd-da30-6dfd-e29bf96e937f","createdAt":"2026-11-22T00:53:08.1234567Z","request":{"requestId":"0HN1:00000001"}}""");
        var exported = new ScriptedSide("exported API",
            """{"id":"99999999-8888-7777-6666-555555555555","companyId":"3e9f4f05-f8cd-da30-6dfd-e29bf96e937f","createdAt":"2026-11-22T00:53:09Z","request":{"requestId":"0HN2:00000007"}}""");
        var run = new ParityRun(simulator, exported);

        await run.RunAsync([Read]);

        Assert.Empty(run.Failures);
    }

    [Fact]
    public async Task A_different_body_fails_naming_the_scenario_and_the_differing_line_of_each_side()
    {
        var simulator = new ScriptedSide("simulator", """{"error":"Record belongs to a different organization","code":"FIREWALL_ORG_ISOLATION"}""", 403);
        var exported = new ScriptedSide("exported API", """{"error":"Record not found or not accessible","code":"FIREWALL_NOT_FOUND"}""", 403);
        var run = new ParityRun(simulator, exported);

        await run.RunAsync([Read with { Status = 403, Code = "FIREWALL_ORG_ISOLATION" }]);

        var failure = Assert.Single(run.Failures);
        Assert.StartsWith("#1 read a company (GET /api/v1/companies/" + SeededId, failure, StringComparison.Ordinal);
        Assert.Contains("simulator: \"error\": \"Record belongs to a different organization\",", failure, StringComparison.Ordinal);
        Assert.Contains("exported API: \"error\": \"Record not found or not accessible\",", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("the scenario expects", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_seeded_id_status_or_media_type_fails()
    {
        var simulator = new ScriptedSide("simulator", $$"""{"companyId":"{{SeededId}}"}""");
        var exported = new ScriptedSide("exported API", """{"companyId":"a4b222fc-4070-1408-58f2-ff7556e0d2cb"}""", 201, "application/problem+json");
        var run = new ParityRun(simulator, exported);

        await run.RunAsync([Read]);

        var failure = Assert.Single(run.Failures);
        Assert.Contains("status: simulator 200, exported API 201", failure, StringComparison.Ordinal);
        Assert.Contains("media type: simulator 'application/json', exported API 'application/problem+json'", failure, StringComparison.Ordinal);
        Assert.Contains("body differs from line 2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreeing_sides_that_miss_what_the_scenario_is_for_fail()
    {
        var body = """{"success":false,"error":{"code":"auth/unauthorized","reason":"AUTH_MISSING"}}""";
        var run = new ParityRun(new ScriptedSide("simulator", body, 401), new ScriptedSide("exported API", body, 401));

        await run.RunAsync([Read with { Status = 401, Code = "AUTH_EXPIRED" }]);

        Assert.Contains("the scenario expects 401 AUTH_EXPIRED; the simulator answered 401 AUTH_MISSING", Assert.Single(run.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_captured_id_fills_later_paths_on_each_side_with_that_side_s_own_id()
    {
        var simulator = new ScriptedSide("simulator", """{"id":"11111111-2222-3333-4444-555555555555"}""", 201);
        var exported = new ScriptedSide("exported API", """{"id":"99999999-8888-7777-6666-555555555555"}""", 201);
        var run = new ParityRun(simulator, exported);

        await run.RunAsync([
            new ParityScenario("create", "user-A-sales", "POST", "/api/v1/notes", "{}", 201, null) { Capture = "note" },
            new ParityScenario("read it", "user-A-sales", "GET", "/api/v1/notes/{note}", null, 201, null),
        ]);

        Assert.Empty(run.Failures);
        Assert.Equal("/api/v1/notes/11111111-2222-3333-4444-555555555555", simulator.Paths[^1]);
        Assert.Equal("/api/v1/notes/99999999-8888-7777-6666-555555555555", exported.Paths[^1]);
    }

    [Fact]
    public async Task A_skipped_scenario_is_not_sent_and_is_listed_with_its_reason()
    {
        var simulator = new ScriptedSide("simulator", "{}");
        var exported = new ScriptedSide("exported API", "[]");
        var run = new ParityRun(simulator, exported);

        await run.RunAsync([Read with { Skip = "a known difference" }]);

        Assert.Empty(run.Failures);
        Assert.Empty(simulator.Paths);
        Assert.Equal("#1 read a company (GET /api/v1/companies/" + SeededId + " as user-A-viewer): a known difference", Assert.Single(run.Skipped));
    }

    /// <summary>A side that answers every request with the same response and remembers the paths it was sent.</summary>
    private sealed class ScriptedSide(string name, string answer, int status = 200, string mediaType = "application/json") : IParitySide
    {
        public string Name => name;

        public IReadOnlySet<string> SeededIds { get; } = new HashSet<string> { SeededId, "a4b222fc-4070-1408-58f2-ff7556e0d2cb" };

        public List<string> Paths { get; } = [];

        public Task<ParityResponse> SendAsync(string persona, string method, string path, string? body, IReadOnlyDictionary<string, string> headers)
        {
            Paths.Add(path);
            return Task.FromResult(new ParityResponse(status, mediaType, answer));
        }
    }
}
