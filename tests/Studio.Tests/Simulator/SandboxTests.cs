using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tracing;
using ApiStudio.Studio.Simulator;

namespace ApiStudio.Studio.Tests.Simulator;

public sealed class SandboxTests : IAsyncLifetime
{
    private Sandbox sandbox = null!;

    public async Task InitializeAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Directory.Build.props")))
        {
            root = root.Parent!;
        }

        var definition = DefinitionJson.Parse(File.ReadAllText(Path.Combine(root.FullName, "samples", "crm.api.json"))).Definition!;
        sandbox = await Sandbox.CreateAsync(definition);
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    private Task<SimulatedResponse> SendAsync(string method, string path, string persona, string? body = null) =>
        sandbox.SendAsync(new SimulatedRequest(method, "/api/v1" + path, body, persona));

    private static JsonObject Json(SimulatedResponse response) => JsonNode.Parse(response.Body)!.AsObject();

    [Fact]
    public async Task Personas_cover_anonymous_bad_tokens_every_role_in_both_organizations_and_keys()
    {
        Assert.Contains(sandbox.Personas, p => p.Kind == PersonaKind.Anonymous);
        Assert.Contains(sandbox.Personas, p => p.Kind == PersonaKind.MalformedToken);
        Assert.Contains(sandbox.Personas, p => p.Kind == PersonaKind.ExpiredToken);
        foreach (var organization in new[] { "A", "B" })
        {
            foreach (var role in new[] { "viewer", "sales", "manager", "admin" })
            {
                Assert.Contains(sandbox.Personas, p => p.Id == $"user-{organization}-{role}");
            }

            Assert.Contains(sandbox.Personas, p => p.Kind == PersonaKind.SecretKey && p.Organization == organization);
        }

        var response = await SendAsync("GET", "/deals", "user-A-viewer");
        Assert.Equal(200, response.Status);
        Assert.Equal(3, Json(response)["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_HEAD_is_answered_with_the_status_and_headers_but_no_body_as_a_real_server_sends_it()
    {
        var get = await SendAsync("GET", "/companies", "user-A-viewer");
        var response = await SendAsync("HEAD", "/companies", "user-A-viewer");

        Assert.Equal(200, response.Status);
        Assert.Equal("", response.Body);
        Assert.NotEqual("", get.Body);
        Assert.Equal(get.Headers["Content-Type"], response.Headers["Content-Type"]);
        Assert.True(response.Headers.ContainsKey("X-Request-Id"));
    }

    [Fact]
    public async Task A_viewer_creating_a_deal_is_denied_and_the_trace_names_the_access_rule()
    {
        var response = await SendAsync("POST", "/deals", "user-A-viewer", """{"title":"x"}""");

        Assert.Equal(403, response.Status);
        Assert.Equal(ErrorCodes.AccessRoleRequired, Json(response)["code"]!.GetValue<string>());
        var denial = Assert.Single(response.Trace, s => s.Outcome == TraceOutcome.Failed);
        Assert.Equal(ErrorLayer.Access, denial.Layer);
        Assert.Contains("'viewer'", denial.Reason);
        Assert.Contains("sales+", denial.Reason);
        Assert.Equal("$.tables[2].access.create", denial.DefinitionPath);
        Assert.Contains(response.Trace, s => s.Layer == ErrorLayer.Authentication && s.Outcome == TraceOutcome.Passed);
    }

    [Theory]
    [InlineData("anonymous", ErrorCodes.AuthMissing)]
    [InlineData("malformed", ErrorCodes.AuthInvalidToken)]
    [InlineData("expired", ErrorCodes.AuthExpired)]
    public async Task Bad_credentials_give_their_401(string persona, string code)
    {
        var response = await SendAsync("GET", "/deals", persona);

        Assert.Equal(401, response.Status);
        Assert.Equal(code, Json(response)["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_record_of_organization_B_is_behind_the_firewall_for_a_member_of_A()
    {
        var recordOfB = sandbox.Records.First(r => r.Table == "deals" && r.Organization == "B");

        var response = await SendAsync("GET", $"/deals/{recordOfB.Id}", "user-A-admin");

        Assert.Equal(403, response.Status);
        Assert.Equal(ErrorCodes.FirewallOrgIsolation, Json(response)["code"]!.GetValue<string>());
        Assert.Equal(ErrorLayer.Firewall, response.Trace.Single(s => s.Outcome == TraceOutcome.Failed).Layer);
    }

    [Fact]
    public async Task A_key_of_another_environment_is_refused_like_in_a_deployment()
    {
        var key = await sandbox.AddApiKeyAsync("A", secret: true, ["*:*"], "prod");

        var response = await SendAsync("GET", "/deals", key.Id);

        Assert.Equal(401, response.Status);
        Assert.Equal(ErrorCodes.AuthInvalidToken, Json(response)["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Keys_added_one_after_another_are_distinct_personas_each_sending_its_own_key()
    {
        var prod = await sandbox.AddApiKeyAsync("A", secret: true, ["*:*"], "prod");
        var dev = await sandbox.AddApiKeyAsync("A", secret: true, ["*:*"], "dev");

        var response = await SendAsync("GET", "/deals", dev.Id);

        Assert.NotEqual(prod.Id, dev.Id);
        Assert.Equal(sandbox.Personas.Count, sandbox.Personas.Select(p => p.Id).Distinct().Count());
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_soft_deleted_sample_row_gives_FIREWALL_SOFT_DELETED()
    {
        var deleted = sandbox.Records.First(r => r.Table == "contacts" && r.Deleted);

        var response = await SendAsync("GET", $"/contacts/{deleted.Id}", "user-A-admin");

        Assert.Equal(ErrorCodes.FirewallSoftDeleted, Json(response)["code"]!.GetValue<string>());
    }
}
