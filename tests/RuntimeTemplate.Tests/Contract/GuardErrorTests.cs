using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 5: every GUARD_* code, each naming the refused fields in <c>details.fields</c>.</summary>
public abstract class GuardErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_with_a_field_outside_createable_returns_400_GUARD_FIELD_NOT_CREATEABLE(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.PostAsync("/companies", new { name = "Initech", rating = 5 });

        await ErrorContract.AssertAsync(response, dialect,
            Guard("GUARD_FIELD_NOT_CREATEABLE", "Field cannot be set during creation", "These fields are set automatically or must be omitted", "rating"),
            ExpectedEcho.Post($"{api.Base}/companies", """{"name":"Initech","rating":5}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Update_of_a_field_outside_updatable_returns_400_GUARD_FIELD_NOT_UPDATABLE(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "companies", new { name = "Initech" });

        var response = await api.Sales.PatchAsync($"/companies/{id}", new { domain = "initech.example" });

        await ErrorContract.AssertAsync(response, dialect,
            Guard("GUARD_FIELD_NOT_UPDATABLE", "Field cannot be updated", "Remove these fields from the update", "domain"),
            ExpectedEcho.Patch($"{api.Base}/companies/{id}", """{"domain":"initech.example"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_with_protected_field_returns_400_GUARD_FIELD_PROTECTED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Sales.PostAsync("/deals", new { title = "Big", stage = "won" });

        await ErrorContract.AssertAsync(response, dialect,
            Guard("GUARD_FIELD_PROTECTED", "Field can only be changed by an action", "Use the action that changes these fields", "stage"),
            ExpectedEcho.Post($"{api.Base}/deals", """{"title":"Big","stage":"won"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Update_of_an_immutable_field_returns_400_GUARD_FIELD_IMMUTABLE(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "deals", new { title = "Big" });
        var contact = Guid.NewGuid().ToString();

        var response = await api.Sales.PatchAsync($"/deals/{id}", new { contactId = contact });

        await ErrorContract.AssertAsync(response, dialect,
            Guard("GUARD_FIELD_IMMUTABLE", "Field cannot be modified after creation", "Immutable fields are set once, on create", "contactId"),
            ExpectedEcho.Patch($"{api.Base}/deals/{id}", $$"""{"contactId":"{{contact}}"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Create_setting_the_organization_returns_400_GUARD_SYSTEM_MANAGED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var org = Guid.NewGuid().ToString();

        var response = await api.Sales.PostAsync("/companies", new { name = "Initech", organizationId = org, createdAt = "2030-01-01T00:00:00Z" });

        await ErrorContract.AssertAsync(response, dialect,
            Guard("GUARD_SYSTEM_MANAGED", "System-managed field cannot be set", "Fields such as id, createdAt and the organization are set by the server",
                "organizationId", "createdAt"),
            ExpectedEcho.Post($"{api.Base}/companies", $$"""{"name":"Initech","organizationId":"{{org}}","createdAt":"2030-01-01T00:00:00Z"}"""));
    }

    private static ExpectedError Guard(string code, string message, string hint, params string[] fields) =>
        new(400, "guards", code, message, "data/validation-error")
        {
            Details = new JsonObject { ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()) },
            Hint = hint,
        };
}

[Collection(SqliteContractApis.Collection)]
public sealed class GuardErrorTestsOnSqlite(SqliteContractApis apis) : GuardErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class GuardErrorTestsOnPostgres(PostgresContractApis apis) : GuardErrorTests(apis);
