using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Pipeline;

/// <summary>The CRM sample walked layer by layer; runs once per database.</summary>
public abstract class CrmLayerTests(DatabaseKind database) : IAsyncLifetime
{
    private TestApi api = null!;

    public async Task InitializeAsync() => api = await TestApi.StartSampleAsync("crm.api.json", database);

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_sales_member_creates_a_contact_and_a_viewer_sees_it_masked()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var sales = await api.MemberAsync(orgId, owner, "sales");
        var viewer = await api.MemberAsync(orgId, owner, "viewer");

        var created = await Expect.StatusAsync(await sales.PostAsync("/contacts",
            new { firstName = "Paul", lastName = "Smith", email = "paul@example.com", phone = "+1 555 123 4567" }), 201);
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(orgId, created["organizationId"]!.GetValue<string>());

        var seen = await Expect.StatusAsync(await viewer.GetAsync($"/contacts/{id}"), 200);
        Assert.Equal("p***@e******.com", seen["email"]!.GetValue<string>());
        Assert.Equal("Paul", seen["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_viewer_creating_a_contact_gets_403_ACCESS_ROLE_REQUIRED_with_required_and_current()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var viewer = await api.MemberAsync(orgId, owner, "viewer");

        var body = await Expect.ErrorAsync(await viewer.PostAsync("/contacts", new { firstName = "A", lastName = "B" }), 403, ErrorLayer.Access, ErrorCodes.AccessRoleRequired);

        Assert.Equal(["sales+"], body["details"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["viewer"], body["details"]!["current"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Anonymous_list_gets_401_AUTH_MISSING()
    {
        await Expect.ErrorAsync(await api.Anonymous.GetAsync("/contacts"), 401, ErrorLayer.Authentication, ErrorCodes.AuthMissing);
    }

    [Fact]
    public async Task A_record_of_another_organization_gives_403_FIREWALL_ORG_ISOLATION_and_never_appears_in_lists()
    {
        var (orgA, ownerA) = await api.CreateOrganizationAsync("a");
        var (_, ownerB) = await api.CreateOrganizationAsync("b");
        var salesA = await api.MemberAsync(orgA, ownerA, "sales");
        var id = (await Expect.StatusAsync(await salesA.PostAsync("/companies", new { name = "Initech" }), 201))["id"]!.GetValue<string>();

        await Expect.ErrorAsync(await ownerB.GetAsync($"/companies/{id}"), 403, ErrorLayer.Firewall, ErrorCodes.FirewallOrgIsolation);
        var list = await Expect.StatusAsync(await ownerB.GetAsync("/companies"), 200);
        Assert.Empty(list["data"]!.AsArray());
    }

    [Fact]
    public async Task Setting_a_protected_stage_on_create_gives_400_GUARD_FIELD_PROTECTED_and_the_action_moves_it()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var sales = await api.MemberAsync(orgId, owner, "sales");
        var contact = (await Expect.StatusAsync(await sales.PostAsync("/contacts", new { firstName = "A", lastName = "B" }), 201))["id"]!.GetValue<string>();

        var refused = await Expect.ErrorAsync(await sales.PostAsync("/deals", new { contactId = contact, title = "Big", stage = "won" }), 400, ErrorLayer.Guards, ErrorCodes.GuardFieldProtected);
        Assert.Equal("[\"stage\"]", refused["details"]!["fields"]!.ToJsonString());

        var deal = (await Expect.StatusAsync(await sales.PostAsync("/deals", new { contactId = contact, title = "Big", amount = 5000 }), 201))["id"]!.GetValue<string>();
        var advanced = await Expect.StatusAsync(await sales.PostAsync($"/deals/{deal}/advance", new { stage = "qualified" }), 200);
        Assert.Equal("qualified", advanced["stage"]!.GetValue<string>());

        await Expect.ErrorAsync(await sales.PostAsync($"/deals/{deal}/advance", new { stage = "won" }), 409, ErrorLayer.Access, ErrorCodes.AccessActionNotAllowedForState);
    }

    [Fact]
    public async Task A_read_carries_the_weak_ETag_of_its_exact_body_and_answers_304_when_the_client_has_it()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var sales = await api.MemberAsync(orgId, owner, "sales");
        var id = (await Expect.StatusAsync(await sales.PostAsync("/companies", new { name = "Initech", website = "https://initech.example" }), 201))["id"]!.GetValue<string>();

        foreach (var path in new[] { $"/companies/{id}", "/companies" })
        {
            var response = await sales.GetAsync(path);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var etag = response.Headers.ETag!;
            Assert.True(etag.IsWeak);
            Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..32]}\"", etag.Tag);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);

            var again = await sales.GetAsync(path, request => request.Headers.TryAddWithoutValidation("If-None-Match", etag.ToString()));
            Assert.Equal(304, (int)again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }

        var record = await Expect.StatusAsync(await sales.GetAsync($"/companies/{id}"), 200);
        Assert.Equal(["id", "organizationId", "name", "domain", "website", "createdAt", "createdBy", "modifiedAt", "modifiedBy"],
            record.Select(p => p.Key));
        Assert.Null(record["domain"]);
    }

    [Fact]
    public async Task A_duplicate_email_gives_409_DB_UNIQUE_VIOLATION_naming_the_column()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var sales = await api.MemberAsync(orgId, owner, "sales");
        await Expect.StatusAsync(await sales.PostAsync("/contacts", new { firstName = "A", lastName = "B", email = "a@b.co" }), 201);

        var body = await Expect.ErrorAsync(await sales.PostAsync("/contacts", new { firstName = "C", lastName = "D", email = "a@b.co" }), 409, ErrorLayer.Database, ErrorCodes.DbUniqueViolation);

        Assert.Equal("email", body["details"]!["column"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_batch_with_one_bad_record_gives_207_and_atomic_gives_400_with_nothing_written()
    {
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        var sales = await api.MemberAsync(orgId, owner, "sales");
        object[] records = [new { name = "One" }, new { name = "Two", organizationId = "x" }];

        var partial = await Expect.StatusAsync(await sales.PostAsync("/companies/batch", new { records }), 207);
        Assert.Equal(1, partial["meta"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(ErrorCodes.GuardSystemManaged, partial["errors"]![0]!["error"]!["code"]!.GetValue<string>());

        var atomic = await Expect.ErrorAsync(await sales.PostAsync("/companies/batch", new { records, options = new { atomic = true } }), 400, ErrorLayer.Validation, ErrorCodes.BatchAtomicFailed);
        Assert.Equal(1, atomic["details"]!["failedAt"]!.GetValue<int>());
        var list = await Expect.StatusAsync(await sales.GetAsync("/companies?total=true"), 200);
        Assert.Equal(1, list["pagination"]!["total"]!.GetValue<int>());
    }
}

public sealed class CrmLayerTestsOnSqlite() : CrmLayerTests(DatabaseKind.Sqlite);

public sealed class CrmLayerTestsOnPostgres() : CrmLayerTests(DatabaseKind.Postgres);
