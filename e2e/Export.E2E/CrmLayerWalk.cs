using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Export.E2E;

/// <summary>
/// The exported CRM walked layer by layer over real HTTP, checking status, code and body shape against the
/// error contract (seed 002). Runs once per database.
/// </summary>
public abstract class CrmLayerWalk(ExportedCrm crm, Func<Task<ExportedApp>> start) : IAsyncLifetime
{
    private ExportedApp app = null!;
    private Accounts accounts = null!;

    public async Task InitializeAsync()
    {
        app = await start();
        accounts = new Accounts(app, crm.BasePath);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Health_the_openapi_document_and_the_docs_are_served()
    {
        var anonymous = accounts.Anonymous();

        Assert.Equal("{\"status\":\"ok\"}", await anonymous.Client.GetStringAsync("/health"));
        Assert.Equal(File.ReadAllText(Path.Combine(crm.V1Folder, "openapi.json")), await anonymous.Client.GetStringAsync("/openapi.json"));
        Assert.Contains("swagger", await anonymous.Client.GetStringAsync("/docs/index.html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Missing_invalid_and_expired_tokens_get_401_with_their_codes()
    {
        var user = await accounts.SignUpAsync($"ann-{Guid.NewGuid():N}@example.test");

        await Expect.ErrorAsync(await accounts.Anonymous().GetAsync("/contacts"), 401, ErrorLayer.Authentication, ErrorCodes.AuthMissing);
        await Expect.ErrorAsync(await user.WithToken("not-a-token").GetAsync("/contacts"), 401, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken);
        var expired = ExpiredTokens.For(app.SigningKey, CrmVersions.V1.Project.Name, user.UserId);
        await Expect.ErrorAsync(await user.WithToken(expired).GetAsync("/contacts"), 401, ErrorLayer.Authentication, ErrorCodes.AuthExpired);
        var forged = ExpiredTokens.For(new string('x', 48), CrmVersions.V1.Project.Name, user.UserId);
        await Expect.ErrorAsync(await user.WithToken(forged).GetAsync("/contacts"), 401, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken);
    }

    [Fact]
    public async Task A_record_of_another_organization_gets_403_FIREWALL_ORG_ISOLATION_and_is_never_listed()
    {
        var (orgA, ownerA) = await accounts.OrganizationAsync("a");
        var (_, ownerB) = await accounts.OrganizationAsync("b");
        var salesA = await accounts.MemberAsync(orgA, ownerA, "sales");
        var id = await Accounts.IdOf(await salesA.PostAsync("/companies", new { name = "Initech" }));

        await Expect.ErrorAsync(await ownerB.GetAsync($"/companies/{id}"), 403, ErrorLayer.Firewall, ErrorCodes.FirewallOrgIsolation);
        Assert.Empty(Accounts.Data(await Expect.StatusAsync(await ownerB.GetAsync("/companies"), 200)));
        Assert.Single(Accounts.Data(await Expect.StatusAsync(await ownerA.GetAsync("/companies"), 200)));
    }

    [Fact]
    public async Task A_viewer_creating_gets_403_ACCESS_ROLE_REQUIRED_with_required_and_current()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var viewer = await accounts.MemberAsync(orgId, owner, "viewer");

        var body = await Expect.ErrorAsync(await viewer.PostAsync("/companies", new { name = "Initech" }), 403, ErrorLayer.Access, ErrorCodes.AccessRoleRequired);

        Assert.Equal(["sales+"], body["details"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["viewer"], body["details"]!["current"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("{\"name\":\"Initech\"}", body["request"]!["body"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["hint"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Protected_and_system_fields_get_400_GUARD_codes_with_the_fields()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var sales = await accounts.MemberAsync(orgId, owner, "sales");
        var contact = await Accounts.IdOf(await sales.PostAsync("/contacts", new { firstName = "Ada", lastName = "Lovelace" }));

        var protectedField = await Expect.ErrorAsync(await sales.PostAsync("/deals", new { contactId = contact, title = "Big", stage = "won" }),
            400, ErrorLayer.Guards, ErrorCodes.GuardFieldProtected);
        Assert.Equal("[\"stage\"]", protectedField["details"]!["fields"]!.ToJsonString());
        var system = await Expect.ErrorAsync(await sales.PostAsync("/companies", new { name = "Initech", organizationId = orgId }),
            400, ErrorLayer.Guards, ErrorCodes.GuardSystemManaged);
        Assert.Equal("[\"organizationId\"]", system["details"]!["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task A_duplicate_email_gets_409_DB_UNIQUE_VIOLATION_naming_the_column_and_other_organizations_may_reuse_it()
    {
        var (orgA, ownerA) = await accounts.OrganizationAsync("a");
        var (_, ownerB) = await accounts.OrganizationAsync("b");
        var sales = await accounts.MemberAsync(orgA, ownerA, "sales");
        await Expect.StatusAsync(await sales.PostAsync("/contacts", new { firstName = "A", lastName = "B", email = "a@b.co" }), 201);

        var body = await Expect.ErrorAsync(await sales.PostAsync("/contacts", new { firstName = "C", lastName = "D", email = "a@b.co" }),
            409, ErrorLayer.Database, ErrorCodes.DbUniqueViolation);

        Assert.Equal("email", body["details"]!["column"]!.GetValue<string>());
        await Expect.StatusAsync(await ownerB.PostAsync("/contacts", new { firstName = "E", lastName = "F", email = "a@b.co" }), 201);
    }

    [Fact]
    public async Task Batches_answer_201_when_all_succeed_207_when_some_fail_and_400_atomically_with_nothing_written()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var sales = await accounts.MemberAsync(orgId, owner, "sales");

        var created = await Expect.StatusAsync(await sales.PostAsync("/companies/batch", new { records = new object[] { new { name = "One" }, new { name = "Two" } } }), 201);
        Assert.Equal(2, created["meta"]!["succeeded"]!.GetValue<int>());

        object[] mixed = [new { name = "Three" }, new { name = "Four", organizationId = "x" }];
        var partial = await Expect.StatusAsync(await sales.PostAsync("/companies/batch", new { records = mixed }), 207);
        Assert.Equal(1, partial["meta"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(1, partial["meta"]!["failed"]!.GetValue<int>());
        Assert.Equal(1, partial["errors"]![0]!["index"]!.GetValue<int>());
        Assert.Equal(ErrorCodes.GuardSystemManaged, partial["errors"]![0]!["error"]!["code"]!.GetValue<string>());

        object[] atomic = [new { name = "Five" }, new { name = "Six", organizationId = "x" }];
        var refused = await Expect.ErrorAsync(await sales.PostAsync("/companies/batch", new { records = atomic, options = new { atomic = true } }),
            400, ErrorLayer.Validation, ErrorCodes.BatchAtomicFailed);
        Assert.Equal(1, refused["details"]!["failedAt"]!.GetValue<int>());
        var list = await Expect.StatusAsync(await sales.GetAsync("/companies?total=true"), 200);
        Assert.Equal(3, list["pagination"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_masked_email_reads_masked_for_a_viewer_and_in_full_for_a_manager()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var sales = await accounts.MemberAsync(orgId, owner, "sales");
        var viewer = await accounts.MemberAsync(orgId, owner, "viewer");
        var manager = await accounts.MemberAsync(orgId, owner, "manager");
        var id = await Accounts.IdOf(await sales.PostAsync("/contacts", new { firstName = "Paul", lastName = "Smith", email = "paul@example.com" }));

        var seenByViewer = await Expect.StatusAsync(await viewer.GetAsync($"/contacts/{id}"), 200);
        var seenByManager = await Expect.StatusAsync(await manager.GetAsync($"/contacts/{id}"), 200);

        Assert.Equal("p***@e******.com", seenByViewer["email"]!.GetValue<string>());
        Assert.Equal("paul@example.com", seenByManager["email"]!.GetValue<string>());
        Assert.Equal("Paul", seenByViewer["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_advance_action_moves_a_deal_and_refuses_a_move_its_transition_does_not_allow()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var sales = await accounts.MemberAsync(orgId, owner, "sales");
        var contact = await Accounts.IdOf(await sales.PostAsync("/contacts", new { firstName = "Ada", lastName = "Lovelace" }));
        var deal = await Accounts.IdOf(await sales.PostAsync("/deals", new { contactId = contact, title = "Big", amount = 5000 }));

        var advanced = await Expect.StatusAsync(await sales.PostAsync($"/deals/{deal}/advance", new { stage = "qualified" }), 200);
        Assert.Equal("qualified", advanced["stage"]!.GetValue<string>());
        Assert.Equal(5000, advanced["amount"]!.GetValue<double>());

        await Expect.ErrorAsync(await sales.PostAsync($"/deals/{deal}/advance", new { stage = "won" }), 409, ErrorLayer.Access, ErrorCodes.AccessActionNotAllowedForState);
    }

    [Fact]
    public async Task Every_error_body_is_flat_with_error_layer_code_and_the_request_block()
    {
        var (orgId, owner) = await accounts.OrganizationAsync("acme");
        var sales = await accounts.MemberAsync(orgId, owner, "sales");

        var response = await sales.PostRawAsync("/companies", "{\"name\":\"Initech\",\"password\":\"hunter2\",\"organizationId\":\"x\"}");
        var body = await Expect.ErrorAsync(response, 400, ErrorLayer.Guards, ErrorCodes.GuardSystemManaged);

        Assert.Equal(["error", "layer", "code", "details", "hint", "request"], body.Select(p => p.Key));
        Assert.Equal(["method", "url", "body", "requestId"], body["request"]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("hunter2", body["request"]!["body"]!.GetValue<string>());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }
}
