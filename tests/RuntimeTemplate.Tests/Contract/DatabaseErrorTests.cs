using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 7: writes the database refuses, by constraint (400/409) or for no recognized reason (500).</summary>
public abstract class DatabaseErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_leaving_a_required_column_the_guards_forbid_returns_400_DB_NOT_NULL_VIOLATION(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.PostAsync("/invoices", new { memo = "March" });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "database", "DB_NOT_NULL_VIOLATION", "Required value missing", "data/validation-error")
            {
                Details = new JsonObject { ["column"] = "number" },
                Hint = "\"number\" is required",
            },
            ExpectedEcho.Post($"{api.Base}/invoices", """{"memo":"March"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_with_a_taken_unique_value_returns_409_DB_UNIQUE_VIOLATION_naming_the_column(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var domain = Unique("taken") + ".example";
        await api.CreateAsync(api.Sales, "companies", new { name = "Initech", domain });

        var response = await api.Sales.PostAsync("/companies", new { name = "Initrode", domain });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(409, "database", "DB_UNIQUE_VIOLATION", "Duplicate value", "data/duplicate-value")
            {
                Details = new JsonObject { ["column"] = "domain" },
                Hint = "A record with this \"domain\" already exists",
            },
            ExpectedEcho.Post($"{api.Base}/companies", $$"""{"name":"Initrode","domain":"{{domain}}"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Insert_failing_for_no_constraint_returns_500_DB_INSERT_FAILED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.SendAsync(HttpMethod.Post, "/companies", new { name = "Initech" },
            r => r.Headers.Add(FaultInjection.Header, FaultInjection.WriteFailed));

        await ErrorContract.AssertAsync(response, dialect, WriteFailed("DB_INSERT_FAILED", "Insert failed"),
            ExpectedEcho.Post($"{api.Base}/companies", """{"name":"Initech"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Update_failing_for_no_constraint_returns_500_DB_UPDATE_FAILED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "companies", new { name = "Initech" });

        var response = await api.Sales.SendAsync(HttpMethod.Patch, $"/companies/{id}", new { name = "Initrode" },
            r => r.Headers.Add(FaultInjection.Header, FaultInjection.WriteFailed));

        await ErrorContract.AssertAsync(response, dialect, WriteFailed("DB_UPDATE_FAILED", "Update failed"),
            ExpectedEcho.Patch($"{api.Base}/companies/{id}", """{"name":"Initrode"}"""));
    }

    private static ExpectedError WriteFailed(string code, string message) =>
        new(500, "database", code, message, "common/internal-error") { Hint = "The database refused the write. Look up the requestId in server logs." };
}

[Collection(SqliteContractApis.Collection)]
public sealed class DatabaseErrorTestsOnSqlite(SqliteContractApis apis) : DatabaseErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class DatabaseErrorTestsOnPostgres(PostgresContractApis apis) : DatabaseErrorTests(apis);
