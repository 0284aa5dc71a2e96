using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 4: every ACCESS_* code, each with <c>details.required</c> and <c>details.current</c>.</summary>
public abstract class AccessErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Viewer_creating_a_company_returns_403_ACCESS_ROLE_REQUIRED_with_required_and_current(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Viewer.PostAsync("/companies", new { name = "Initech" });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_ROLE_REQUIRED", "Insufficient permissions", "data/permission-denied")
            {
                Details = new JsonObject { ["required"] = new JsonArray("sales+"), ["current"] = new JsonArray("viewer") },
                Hint = "Contact an administrator to grant necessary permissions",
            },
            ExpectedEcho.Post($"{api.Base}/companies", """{"name":"Initech"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Update_of_a_lost_deal_returns_403_ACCESS_CONDITION_FAILED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "deals", new { title = "Big" });
        await Expect.StatusAsync(await api.Sales.PostAsync($"/deals/{id}/advance", new { stage = "lost" }), 200);

        var response = await api.Sales.PatchAsync($"/deals/{id}", new { title = "Bigger" });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_CONDITION_FAILED", "Record does not meet the access condition", "data/permission-denied")
            {
                Details = new JsonObject { ["required"] = "stage not in ['won', 'lost']", ["current"] = "not met" },
                Hint = "This operation is allowed only on records that meet the condition",
            },
            ExpectedEcho.Patch($"{api.Base}/deals/{id}", """{"title":"Bigger"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Update_of_feedback_without_owner_returns_403_ACCESS_OWNERSHIP_REQUIRED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.InsertUnownedFeedbackAsync("Love it");

        var response = await api.Viewer.PatchAsync($"/feedback/{id}", new { message = "Hate it" });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_OWNERSHIP_REQUIRED", "You must own this record", "data/permission-denied")
            {
                Details = new JsonObject { ["required"] = "owner", ["current"] = "not owner", ["column"] = "ownerId" },
                Hint = "Only the record's owner can do this",
            },
            ExpectedEcho.Patch($"{api.Base}/feedback/{id}", """{"message":"Hate it"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task User_without_an_organization_listing_returns_403_ACCESS_NO_ORG(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Orgless.GetAsync("/companies");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_NO_ORG", "No active organization", "auth/forbidden")
            {
                Details = new JsonObject { ["required"] = "activeOrganization", ["current"] = null },
                Hint = NoOrgHint,
            },
            ExpectedEcho.Get($"{api.Base}/companies"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Organization_header_naming_a_foreign_organization_returns_403_ACCESS_NO_ORG_saying_which(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var foreign = Guid.NewGuid().ToString();

        var response = await api.Viewer.GetAsync("/companies", r => r.Headers.Add("X-Organization-Id", foreign));

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_NO_ORG", "No active organization", "auth/forbidden")
            {
                Details = new JsonObject
                {
                    ["required"] = "activeOrganization",
                    ["current"] = null,
                    ["requested"] = foreign,
                    ["reason"] = $"the caller is not a member of organization '{foreign}'",
                },
                Hint = NoOrgHint,
            },
            ExpectedEcho.Get($"{api.Base}/companies"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Read_only_key_creating_a_company_returns_403_ACCESS_SCOPE_INSUFFICIENT(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.SendAsync(HttpMethod.Post, "/companies", new { name = "Initech" },
            r => r.Headers.Add("X-API-Key", api.ReadOnlyKey));

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "access", "ACCESS_SCOPE_INSUFFICIENT", "API key scope does not include this operation", "data/scope-insufficient")
            {
                Details = new JsonObject { ["required"] = "companies:create", ["current"] = new JsonArray("companies:read") },
                Hint = "Use an API key with the required scope",
            },
            ExpectedEcho.Post($"{api.Base}/companies", """{"name":"Initech"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Advancing_a_lead_straight_to_won_returns_409_ACCESS_ACTION_NOT_ALLOWED_FOR_STATE(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "deals", new { title = "Big" });

        var response = await api.Sales.PostAsync($"/deals/{id}/advance", new { stage = "won" });

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(409, "access", "ACCESS_ACTION_NOT_ALLOWED_FOR_STATE", "Action 'advance' is not allowed in this state", "data/invalid-state")
            {
                Details = new JsonObject { ["field"] = "stage", ["current"] = "lead", ["required"] = new JsonArray("qualified") },
                Hint = "The record's stage must be one of the states this action starts from",
            },
            ExpectedEcho.Post($"{api.Base}/deals/{id}/advance", """{"stage":"won"}"""));
    }

    private const string NoOrgHint = "Send X-Organization-Id with an organization you belong to, or sign in with an active organization";
}

[Collection(SqliteContractApis.Collection)]
public sealed class AccessErrorTestsOnSqlite(SqliteContractApis apis) : AccessErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class AccessErrorTestsOnPostgres(PostgresContractApis apis) : AccessErrorTests(apis);
