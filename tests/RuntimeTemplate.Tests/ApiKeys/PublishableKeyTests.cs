using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.ApiKeys;

/// <summary>
/// A publishable key created by the CRM's admin: it is shipped to browsers, so it reads with the least privileged
/// role of the hierarchy (viewer), never its creator's; runs once per database.
/// </summary>
public abstract class PublishableKeyTests(DatabaseKind database) : IAsyncLifetime
{
    private const string Email = "pk.reader@hidden.example";

    private TestApi api = null!;
    private Persona owner = null!;
    private string orgId = "";

    public async Task InitializeAsync()
    {
        api = await TestApi.StartSampleAsync("crm.api.json", database);
        (orgId, owner) = await api.CreateOrganizationAsync("acme");
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_publishable_key_of_the_admin_acts_as_the_least_privileged_role()
    {
        var key = await KeyAsync("publishable", "*:read");

        var me = await Expect.StatusAsync(await api.Anonymous.GetAsync("/auth/me", r => r.Headers.Add("X-API-Key", key)), 200);

        Assert.Equal("[\"viewer\"]", me["roles"]!.ToJsonString());
        Assert.Equal("[\"admin\"]", (await Expect.StatusAsync(await owner.GetAsync("/auth/me"), 200))["roles"]!.ToJsonString());
    }

    [Fact]
    public async Task A_publishable_key_of_the_admin_reads_masked_values_as_a_viewer_does()
    {
        var contact = await Expect.StatusAsync(await owner.PostAsync("/contacts", new { firstName = "P", lastName = "K", email = Email }), 201);
        var key = await KeyAsync("publishable", "contacts:read");

        var read = await Expect.StatusAsync(await api.Anonymous.GetAsync($"/contacts/{contact["id"]}", r => r.Headers.Add("X-API-Key", key)), 200);

        Assert.NotEqual(Email, read["email"]!.GetValue<string>());
        Assert.Matches(@"^p\*+@h\*+\.example$", read["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_publishable_key_lists_rows_and_views_of_its_organization()
    {
        await Expect.StatusAsync(await owner.PostAsync("/companies", new { name = "Initech" }), 201);
        var key = await KeyAsync("publishable", "*:read");

        var list = await Expect.StatusAsync(await api.Anonymous.GetAsync("/companies", r => r.Headers.Add("X-API-Key", key)), 200);
        await Expect.StatusAsync(await api.Anonymous.GetAsync("/deals/views/pipeline", r => r.Headers.Add("X-API-Key", key)), 200);

        Assert.Single(list["data"]!.AsArray());
    }

    [Fact]
    public async Task A_publishable_key_cannot_write_and_gets_403_ACCESS_SCOPE_INSUFFICIENT()
    {
        var key = await KeyAsync("publishable", "*:read");

        await Expect.ErrorAsync(await api.Anonymous.SendAsync(HttpMethod.Post, "/companies", new { name = "Nope" }, r => r.Headers.Add("X-API-Key", key)),
            403, ErrorLayer.Access, ErrorCodes.AccessScopeInsufficient);
    }

    [Fact]
    public async Task A_secret_key_of_the_admin_still_acts_as_the_top_role_and_writes()
    {
        var key = await KeyAsync("secret", "*:*");

        var me = await Expect.StatusAsync(await api.Anonymous.GetAsync("/auth/me", r => r.Headers.Add("X-API-Key", key)), 200);
        await Expect.StatusAsync(await api.Anonymous.SendAsync(HttpMethod.Post, "/companies", new { name = "Server Co" }, r => r.Headers.Add("X-API-Key", key)), 201);

        Assert.Equal("[\"admin\"]", me["roles"]!.ToJsonString());
    }

    private async Task<string> KeyAsync(string kind, string scope)
    {
        var created = await owner.PostAsync($"/organizations/{orgId}/api-keys", new { kind, scopes = new[] { scope }, environment = "dev" });
        return (await Expect.StatusAsync(created, 201))["key"]!.GetValue<string>();
    }
}

public sealed class PublishableKeyTestsOnSqlite() : PublishableKeyTests(DatabaseKind.Sqlite);

public sealed class PublishableKeyTestsOnPostgres() : PublishableKeyTests(DatabaseKind.Postgres);
