using System.Text.Json.Nodes;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>A json column (hiring's jobs.details) takes any nested JSON up to the body's depth limit and gives it back as JSON.</summary>
public abstract class JsonColumnTests(DatabaseKind database) : IAsyncLifetime
{
    private TestApi api = null!;
    private Persona owner = null!;

    public async Task InitializeAsync()
    {
        api = await TestApi.StartSampleAsync("hiring.api.json", database);
        (_, owner) = await api.CreateOrganizationAsync("json");
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Nested_json_up_to_the_depth_limit_is_stored_and_deeper_json_is_refused()
    {
        var deep = JsonNode.Parse(new string('[', 31) + new string(']', 31));
        await Expect.StatusAsync(await owner.PostAsync("/jobs", new { title = "deep", details = deep }), 201);
        var tooDeep = "{\"title\":\"too deep\",\"details\":" + new string('[', 40) + new string(']', 40) + "}";
        var response = await owner.SendAsync(HttpMethod.Post, "/jobs", null, r => r.Content = new StringContent(tooDeep, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_json_column_comes_back_as_json_not_as_a_string()
    {
        var created = await Expect.StatusAsync(await owner.PostAsync("/jobs", new { title = "t", details = new { level = 3, tags = new[] { "a" } } }), 201);
        var read = await Expect.StatusAsync(await owner.GetAsync($"/jobs/{created["id"]}"), 200);
        Assert.Equal(3, read["details"]!["level"]!.GetValue<int>());
        Assert.Equal(3, created["details"]!["level"]!.GetValue<int>());
    }
}

public sealed class JsonColumnTestsOnSqlite() : JsonColumnTests(DatabaseKind.Sqlite);

public sealed class JsonColumnTestsOnPostgres() : JsonColumnTests(DatabaseKind.Postgres);
