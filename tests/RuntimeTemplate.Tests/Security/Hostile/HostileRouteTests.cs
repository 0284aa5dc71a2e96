using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>Unknown tables, unknown routes and path ids that are not ids: a structured 4xx, never a 500 or an empty body.</summary>
public abstract class HostileRouteTests<TApi>(TApi api) where TApi : HostileApi
{
    public static TheoryData<string, string> UnknownRoutes() => new()
    {
        { "GET", "/nope" },
        { "POST", "/nope" },
        { "DELETE", "/nope/1" },
        { "PATCH", "/nope/batch" },
        { "GET", "/companies/{company}/nope" },
        { "POST", "/companies/{company}/nope" },
        { "POST", "/deals/{deal}/Advance" },
        { "POST", "/deals/actions/advance" },
        { "POST", "/companies/actions/nope" },
        { "GET", "/contacts/views/nope" },
        { "GET", "/contacts/views/directory/extra" },
        { "PUT", "/companies/{company}" },
        { "PUT", "/companies" },
        { "GET", "/companies/batch/batch" },
        { "GET", "/auth/nope" },
        { "GET", "/auth/signin" },
        { "GET", "/organizations/{org}/nope" },
        { "DELETE", "/organizations/{org}" },
        { "GET", "/%2e%2e/%2e%2e/etc/passwd" },
        { "GET", "/" + new string('t', 5000) },
    };

    private static readonly string[] NotIdTexts =
    [
        "not-a-uuid", "1", "-1", "0", "' OR 1=1 --", "%27%3B--", "..%2F..%2Fetc%2Fpasswd", "%C3%A9", "%F0%9F%9A%80",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", new string('a', 10_000),
        "{00000000-0000-0000-0000-000000000001}", "null", "undefined", "%20",
    ];

    public static TheoryData<string> NotIds() => new(NotIdTexts);

    [Theory]
    [MemberData(nameof(UnknownRoutes))]
    public async Task Unknown_tables_and_routes_under_the_base_path_give_a_structured_4xx(string method, string path)
    {
        var response = await api.SendRawAsync(new HttpMethod(method), BodyEndpoints.Resolve(path, api), method is "GET" or "DELETE" ? null : "{}");
        await Refusal.RequireAsync(response);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/contacts/views/nope")]
    [InlineData("/companies/00000000-0000-0000-0000-000000000000/nope")]
    public async Task An_unknown_route_is_404_NOT_FOUND_in_the_routing_layer(string path) =>
        Assert.Equal(ErrorLayer.Routing, (await Refusal.RequireAsync(await api.Owner.GetAsync(path), 404, ErrorCodes.NotFound))["layer"]!.GetValue<string>());

    [Theory]
    [MemberData(nameof(NotIds))]
    public async Task Path_ids_that_are_not_ids_give_403_FIREWALL_NOT_FOUND_for_every_operation(string id)
    {
        await Refusal.RequireAsync(await api.Owner.GetAsync($"/contacts/{id}"), 403, ErrorCodes.FirewallNotFound);
        await Refusal.RequireAsync(await api.Owner.PatchAsync($"/contacts/{id}", new { firstName = "x" }), 403, ErrorCodes.FirewallNotFound);
        await Refusal.RequireAsync(await api.Owner.DeleteAsync($"/contacts/{id}"), 403, ErrorCodes.FirewallNotFound);
        await Refusal.RequireAsync(await api.Owner.PostAsync($"/deals/{id}/advance", new { stage = "qualified" }), 403, ErrorCodes.FirewallNotFound);
    }

    [Fact]
    public async Task Batch_items_with_ids_that_are_not_ids_each_fail_with_the_firewall_code()
    {
        var ids = NotIdTexts.Where(i => i.Length < 100).Select(Uri.UnescapeDataString).ToList();
        var deleted = await Expect.StatusAsync(await api.Owner.SendAsync(HttpMethod.Delete, "/contacts/batch", new { ids }), 207);
        Assert.All(deleted["errors"]!.AsArray(), e => Assert.Equal(ErrorCodes.FirewallNotFound, e!["error"]!["code"]!.GetValue<string>()));
        var updated = await Expect.StatusAsync(await api.Owner.PatchAsync("/contacts/batch", new { records = ids.Select(id => new { id, firstName = "x" }) }), 207);
        Assert.All(updated["errors"]!.AsArray(), e => Assert.Equal(ErrorCodes.FirewallNotFound, e!["error"]!["code"]!.GetValue<string>()));
        await Expect.StatusAsync(await api.Owner.GetAsync($"/contacts/{api.ContactId}"), 200);
    }

    [Theory]
    [InlineData("GET", "/companies.json")]
    [InlineData("GET", "/.env")]
    [InlineData("POST", "/wp-login.php")]
    [InlineData("GET", "/contacts/views/directory.csv")]
    [InlineData("DELETE", "/deals/{deal}/notes.txt")]
    public async Task Unknown_paths_that_look_like_files_give_404_NOT_FOUND_with_a_body(string method, string path) =>
        await Refusal.RequireAsync(await api.SendRawAsync(new HttpMethod(method), BodyEndpoints.Resolve(path, api), null), 404, ErrorCodes.NotFound);

    [Fact]
    public async Task Anonymous_callers_get_401_on_unknown_ids_before_learning_anything_about_them() =>
        await Refusal.RequireAsync(await api.Api.Anonymous.GetAsync("/contacts/not-a-uuid"), 401, ErrorCodes.AuthMissing);
}

public sealed class HostileRouteTestsOnSqlite(SqliteHostileApi api) : HostileRouteTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileRouteTestsOnPostgres(PostgresHostileApi api) : HostileRouteTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
