using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 6: types and required values, unreadable bodies, oversized bodies, and list queries it cannot read.</summary>
public abstract class ValidationErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_with_a_wrong_type_and_a_missing_required_field_returns_400_VALIDATION_FAILED_listing_both(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.PostAsync("/companies", new { domain = 42 });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "VALIDATION_FAILED", "Invalid request body", "data/validation-error")
            {
                Details = new JsonObject
                {
                    ["fields"] = new JsonArray("domain", "name"),
                    ["errors"] = new JsonObject { ["domain"] = "expected a string, got a number", ["name"] = "is required" },
                },
                Hint = "Fix the fields listed in details.errors",
            },
            ExpectedEcho.Post($"{api.Base}/companies", """{"domain":42}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Body_cut_short_returns_400_VALIDATION_MALFORMED_JSON_and_echoes_it_as_sent(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        const string body = """{"name": "Ini""";

        var response = await api.Sales.PostRawAsync("/companies", body);

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "VALIDATION_MALFORMED_JSON", "Malformed JSON body", "common/invalid-parameters")
            {
                Details = new JsonObject { ["reason"] = "The JSON ends too early: a string, object or array is left open (line 1, position 14)." },
                Hint = "Send a valid JSON object with Content-Type: application/json",
            },
            ExpectedEcho.Post($"{api.Base}/companies", body));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Body_over_the_limit_returns_413_VALIDATION_BODY_TOO_LARGE_echoing_its_first_4_KB(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var body = $$"""{"name":"{{new string('a', (int)ContractApi.MaxBodyBytes)}}"}""";

        var response = await api.Sales.PostRawAsync("/companies", body);

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(413, "validation", "VALIDATION_BODY_TOO_LARGE", "Request body is too large", "common/payload-too-large")
            {
                Details = new JsonObject { ["limit"] = ContractApi.MaxBodyBytes },
                Hint = $"Send at most {ContractApi.MaxBodyBytes} bytes",
            },
            ExpectedEcho.Post($"{api.Base}/companies", RequestEchoTests.Truncated(body)));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task List_with_a_limit_over_the_maximum_returns_400_VALIDATION_INVALID_QUERY_echoing_the_query_string(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Viewer.GetAsync("/companies?sort=name&limit=500");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "VALIDATION_INVALID_QUERY", "Invalid query parameter", "common/invalid-parameters")
            {
                Details = new JsonObject { ["parameter"] = "limit", ["reason"] = "must be a whole number from 1 to 100, not '500'" },
                Hint = "Check the list query syntax: ?field.op=value, sort, limit, offset",
            },
            ExpectedEcho.Get($"{api.Base}/companies?sort=name&limit=500"));
    }
}

[Collection(SqliteContractApis.Collection)]
public sealed class ValidationErrorTestsOnSqlite(SqliteContractApis apis) : ValidationErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class ValidationErrorTestsOnPostgres(PostgresContractApis apis) : ValidationErrorTests(apis);
