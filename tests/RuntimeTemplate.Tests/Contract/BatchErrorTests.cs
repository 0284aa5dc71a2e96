using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Batch writes: the three BATCH_* codes, and the 207 of a partial success.</summary>
public abstract class BatchErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Batch_over_max_batch_size_returns_400_BATCH_SIZE_EXCEEDED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.PostAsync("/companies/batch", new { records = new[] { new { name = "A" }, new { name = "B" }, new { name = "C" }, new { name = "D" } } });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "BATCH_SIZE_EXCEEDED", "Too many records in a single request", "common/invalid-parameters")
            {
                Details = new JsonObject { ["size"] = 4, ["max"] = ContractDefinition.MaxBatchSize },
                Hint = $"Send at most {ContractDefinition.MaxBatchSize} records per batch",
            },
            ExpectedEcho.Post($"{api.Base}/companies/batch", """{"records":[{"name":"A"},{"name":"B"},{"name":"C"},{"name":"D"}]}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Atomic_batch_with_one_bad_record_returns_400_BATCH_ATOMIC_FAILED_and_writes_nothing(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var name = Unique("Atomic");
        var org = Guid.NewGuid().ToString();

        var response = await api.Sales.PostAsync("/companies/batch",
            new { records = new object[] { new { name }, new { name, organizationId = org } }, options = new { atomic = true } });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "BATCH_ATOMIC_FAILED", "Batch operation failed in atomic mode", "data/validation-error")
            {
                Details = new JsonObject
                {
                    ["failedAt"] = 1,
                    ["reason"] = new JsonObject { ["error"] = "System-managed field cannot be set", ["code"] = "GUARD_SYSTEM_MANAGED" },
                },
                Hint = "Transaction rolled back. Fix the error and retry the entire batch.",
            },
            ExpectedEcho.Post($"{api.Base}/companies/batch",
                $$$"""{"records":[{"name":"{{{name}}}"},{"name":"{{{name}}}","organizationId":"{{{org}}}"}],"options":{"atomic":true}}"""));
        var written = await Expect.StatusAsync(await api.Sales.GetAsync($"/companies?name={name}"), 200);
        Assert.Empty(written["data"]!.AsArray());
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Atomic_batch_failing_at_the_database_returns_400_BATCH_ATOMIC_FAILED_and_rolls_back_the_records_before(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var name = Unique("Rollback");
        var domain = name + ".example";

        var response = await api.Sales.PostAsync("/companies/batch",
            new { records = new object[] { new { name }, new { name, domain }, new { name, domain } }, options = new { atomic = true } });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "BATCH_ATOMIC_FAILED", "Batch operation failed in atomic mode", "data/validation-error")
            {
                Details = new JsonObject
                {
                    ["failedAt"] = 2,
                    ["reason"] = new JsonObject { ["error"] = "Duplicate value", ["code"] = "DB_UNIQUE_VIOLATION" },
                },
                Hint = "Transaction rolled back. Fix the error and retry the entire batch.",
            },
            ExpectedEcho.Post($"{api.Base}/companies/batch",
                $$$"""{"records":[{"name":"{{{name}}}"},{"name":"{{{name}}}","domain":"{{{domain}}}"},{"name":"{{{name}}}","domain":"{{{domain}}}"}],"options":{"atomic":true}}"""));
        var written = await Expect.StatusAsync(await api.Sales.GetAsync($"/companies?name={name}"), 200);
        Assert.Empty(written["data"]!.AsArray());
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Batch_update_with_a_record_without_id_returns_400_BATCH_MISSING_IDS(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "companies", new { name = "Initech" });

        var response = await api.Sales.PatchAsync("/companies/batch", new { records = new object[] { new { id, name = "Initrode" }, new { name = "Nameless" } } });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "BATCH_MISSING_IDS", "Batch update/delete missing required IDs", "common/invalid-parameters")
            {
                Details = new JsonObject { ["indexes"] = new JsonArray(1) },
                Hint = "Every record of a batch update needs its id; a batch delete takes { \"ids\": [...] }",
            },
            ExpectedEcho.Patch($"{api.Base}/companies/batch", $$"""{"records":[{"id":"{{id}}","name":"Initrode"},{"name":"Nameless"}]}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Batch_delete_without_ids_returns_400_BATCH_MISSING_IDS(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Manager.DeleteAsync("/companies/batch", new { ids = new object?[] { null } });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(400, "validation", "BATCH_MISSING_IDS", "Batch update/delete missing required IDs", "common/invalid-parameters")
            {
                Details = new JsonObject { ["indexes"] = new JsonArray(0) },
                Hint = "Every record of a batch update needs its id; a batch delete takes { \"ids\": [...] }",
            },
            ExpectedEcho.Delete($"{api.Base}/companies/batch", """{"ids":[null]}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Batch_with_one_bad_record_returns_207_with_the_flat_error_of_that_record(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var name = Unique("Partial");

        var body = await Expect.StatusAsync(await api.Sales.PostAsync("/companies/batch",
            new { records = new object[] { new { name }, new { name, rating = 5 } } }), 207);

        var created = body["success"]!.AsArray().Single()!;
        Assert.Equal(name, created["name"]!.GetValue<string>());
        var expectedErrors = new JsonArray(new JsonObject
        {
            ["index"] = 1,
            ["record"] = new JsonObject { ["name"] = name, ["rating"] = 5 },
            ["error"] = new JsonObject
            {
                ["error"] = "Field cannot be set during creation",
                ["layer"] = "guards",
                ["code"] = "GUARD_FIELD_NOT_CREATEABLE",
                ["details"] = new JsonObject { ["fields"] = new JsonArray("rating") },
                ["hint"] = "These fields are set automatically or must be omitted",
            },
        });
        Assert.True(JsonNode.DeepEquals(expectedErrors, body["errors"]), body["errors"]!.ToJsonString());
        var meta = new JsonObject { ["total"] = 2, ["succeeded"] = 1, ["failed"] = 1, ["atomic"] = false };
        Assert.True(JsonNode.DeepEquals(meta, body["meta"]), body["meta"]!.ToJsonString());
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Batch_207_echoes_each_failed_record_with_masked_and_sensitive_fields_redacted(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var body = await Expect.StatusAsync(await api.Sales.PostAsync("/contacts/batch",
            new { records = new object[] { new { firstName = "Ann" }, new { firstName = "Bob", email = "bob@example.com", password = "hunter22", rating = 1 } } }), 207);

        var record = new JsonObject { ["firstName"] = "Bob", ["email"] = "[REDACTED]", ["password"] = "[REDACTED]", ["rating"] = 1 };
        Assert.True(JsonNode.DeepEquals(record, body["errors"]![0]!["record"]), body["errors"]!.ToJsonString());
    }
}

[Collection(SqliteContractApis.Collection)]
public sealed class BatchErrorTestsOnSqlite(SqliteContractApis apis) : BatchErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class BatchErrorTestsOnPostgres(PostgresContractApis apis) : BatchErrorTests(apis);
