using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Requests that reach no endpoint: NOT_FOUND with the layer routing, never an empty 404.</summary>
public abstract class RoutingErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Unknown_table_under_the_base_path_returns_404_NOT_FOUND_naming_the_path(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Viewer.GetAsync("/invoicez?limit=5");

        await ErrorContract.AssertAsync(response, dialect, RouteNotFound($"{api.Base}/invoicez"), ExpectedEcho.Get($"{api.Base}/invoicez?limit=5"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Unknown_route_for_an_anonymous_caller_returns_404_NOT_FOUND_not_401(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.PostAsync("/companies/nothing/here", new { name = "x" });

        await ErrorContract.AssertAsync(response, dialect, RouteNotFound($"{api.Base}/companies/nothing/here"),
            ExpectedEcho.Post($"{api.Base}/companies/nothing/here", """{"name":"x"}"""));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Unknown_route_outside_the_base_path_returns_404_NOT_FOUND_naming_the_path(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Api.Client.GetAsync("/nowhere");

        await ErrorContract.AssertAsync(response, dialect, RouteNotFound("/nowhere"), ExpectedEcho.Get("/nowhere"));
    }

    private static ExpectedError RouteNotFound(string path) =>
        new(404, "routing", "NOT_FOUND", "Not found", "data/table-not-found")
        {
            Details = new JsonObject { ["resource"] = path },
            Hint = "Check the URL against the API's OpenAPI document at /openapi.json",
        };
}

[Collection(SqliteContractApis.Collection)]
public sealed class RoutingErrorTestsOnSqlite(SqliteContractApis apis) : RoutingErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class RoutingErrorTestsOnPostgres(PostgresContractApis apis) : RoutingErrorTests(apis);
