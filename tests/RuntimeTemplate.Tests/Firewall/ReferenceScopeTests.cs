using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Firewall;

/// <summary>
/// A reference column (contacts.companyId, deals.contactId in the CRM sample) may only name a row the caller can
/// reach through the referenced table's firewall; runs once per database.
/// </summary>
public abstract class ReferenceScopeTests(DatabaseKind database) : IAsyncLifetime
{
    private TestApi api = null!;
    private Persona salesA = null!;
    private Persona ownerA = null!;
    private string companyA = "";
    private string companyB = "";

    public async Task InitializeAsync()
    {
        // An action that sets a reference from its input, to show actions are held to the same rule.
        var sample = TestApi.Sample("crm.api.json");
        var moveTo = new ActionDefinition
        {
            Name = "moveTo",
            Input = [new ActionInputField { Name = "company", Type = ColumnType.Uuid, Required = true }],
            Access = new AccessRule { Roles = ["sales+"] },
            Set = new Dictionary<string, Operand> { ["companyId"] = Operand.Reference("$input.company") },
        };
        api = await TestApi.StartAsync(sample with
        {
            Tables = [.. sample.Tables.Select(t => t.Name == "contacts" ? t with { Actions = [.. t.Actions, moveTo] } : t)],
        }, database);
        (var orgA, ownerA) = await api.CreateOrganizationAsync("a");
        var (_, ownerB) = await api.CreateOrganizationAsync("b");
        salesA = await api.MemberAsync(orgA, ownerA, "sales");
        companyA = await IdOfAsync(salesA.PostAsync("/companies", new { name = "Own Co" }));
        companyB = await IdOfAsync(ownerB.PostAsync("/companies", new { name = "Other Co" }));
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Create_referencing_a_row_of_another_organization_returns_400_VALIDATION_FAILED_naming_the_field()
    {
        var body = await Expect.ErrorAsync(await salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B", companyId = companyB }),
            400, ErrorLayer.Validation, ErrorCodes.ValidationFailed);
        Assert.Equal("[\"companyId\"]", body["details"]!["fields"]!.ToJsonString());
        var list = await Expect.StatusAsync(await salesA.GetAsync("/contacts"), 200);
        Assert.Empty(list["data"]!.AsArray());
    }

    [Fact]
    public async Task A_reference_to_another_organizations_row_is_refused_exactly_like_an_id_that_does_not_exist()
    {
        var foreign = await Expect.StatusAsync(await salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B", companyId = companyB }), 400);
        var missing = await Expect.StatusAsync(await salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B", companyId = Guid.NewGuid() }), 400);
        Assert.Equal(Without(missing, "request").ToJsonString(), Without(foreign, "request").ToJsonString());
    }

    [Fact]
    public async Task Create_referencing_a_row_of_the_same_organization_returns_201()
    {
        var created = await Expect.StatusAsync(await salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B", companyId = companyA }), 201);
        Assert.Equal(companyA, created["companyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_moving_a_reference_to_another_organizations_row_returns_400_and_keeps_the_stored_value()
    {
        var contact = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B", companyId = companyA }));

        await Expect.ErrorAsync(await salesA.PatchAsync($"/contacts/{contact}", new { companyId = companyB }), 400, ErrorLayer.Validation, ErrorCodes.ValidationFailed);

        var read = await Expect.StatusAsync(await salesA.GetAsync($"/contacts/{contact}"), 200);
        Assert.Equal(companyA, read["companyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_moving_a_reference_to_another_row_of_the_same_organization_returns_200()
    {
        var contact = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B" }));
        var updated = await Expect.StatusAsync(await salesA.PatchAsync($"/contacts/{contact}", new { companyId = companyA }), 200);
        Assert.Equal(companyA, updated["companyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reference_to_a_soft_deleted_row_of_the_same_organization_returns_400()
    {
        var contact = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B" }));
        await Expect.StatusAsync(await ownerA.DeleteAsync($"/contacts/{contact}"), 200);

        var body = await Expect.ErrorAsync(await salesA.PostAsync("/deals", new { contactId = contact, title = "Ghost" }),
            400, ErrorLayer.Validation, ErrorCodes.ValidationFailed);
        Assert.Equal("[\"contactId\"]", body["details"]!["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task Batch_create_fails_only_the_record_referencing_another_organization()
    {
        var response = await salesA.PostAsync("/contacts/batch", new
        {
            records = new object[] { new { firstName = "A", lastName = "B", companyId = companyA }, new { firstName = "C", lastName = "D", companyId = companyB } },
        });
        var body = await Expect.StatusAsync(response, 207);
        Assert.Equal(1, body["meta"]!["succeeded"]!.GetValue<int>());
        var error = body["errors"]![0]!;
        Assert.Equal(1, error["index"]!.GetValue<int>());
        Assert.Equal(ErrorCodes.ValidationFailed, error["error"]!["code"]!.GetValue<string>());
        Assert.Equal("[\"companyId\"]", error["error"]!["details"]!["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task An_atomic_batch_create_referencing_another_organization_is_rolled_back_with_400_BATCH_ATOMIC_FAILED()
    {
        var response = await salesA.PostAsync("/contacts/batch", new
        {
            records = new object[] { new { firstName = "A", lastName = "B", companyId = companyA }, new { firstName = "C", lastName = "D", companyId = companyB } },
            options = new { atomic = true },
        });
        var body = await Expect.ErrorAsync(response, 400, ErrorLayer.Validation, ErrorCodes.BatchAtomicFailed);
        Assert.Equal(1, body["details"]!["failedAt"]!.GetValue<int>());
        var list = await Expect.StatusAsync(await salesA.GetAsync("/contacts"), 200);
        Assert.Empty(list["data"]!.AsArray());
    }

    [Fact]
    public async Task Batch_update_fails_only_the_record_moving_a_reference_to_another_organization()
    {
        var first = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B" }));
        var second = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "C", lastName = "D" }));

        var response = await salesA.PatchAsync("/contacts/batch", new
        {
            records = new object[] { new { id = first, companyId = companyA }, new { id = second, companyId = companyB } },
        });
        var body = await Expect.StatusAsync(response, 207);
        Assert.Equal(1, body["meta"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(1, body["errors"]![0]!["index"]!.GetValue<int>());
        Assert.Equal(ErrorCodes.ValidationFailed, body["errors"]![0]!["error"]!["code"]!.GetValue<string>());
        var read = await Expect.StatusAsync(await salesA.GetAsync($"/contacts/{second}"), 200);
        Assert.Null(read["companyId"]);
    }

    [Fact]
    public async Task An_action_setting_a_reference_from_its_input_is_held_to_the_callers_scope_and_names_the_input()
    {
        var contact = await IdOfAsync(salesA.PostAsync("/contacts", new { firstName = "A", lastName = "B" }));

        var refused = await Expect.ErrorAsync(await salesA.PostAsync($"/contacts/{contact}/moveTo", new { company = companyB }),
            400, ErrorLayer.Validation, ErrorCodes.ValidationFailed);
        var moved = await Expect.StatusAsync(await salesA.PostAsync($"/contacts/{contact}/moveTo", new { company = companyA }), 200);

        Assert.Equal("[\"company\"]", refused["details"]!["fields"]!.ToJsonString());
        Assert.Equal(companyA, moved["companyId"]!.GetValue<string>());
    }

    private static async Task<string> IdOfAsync(Task<HttpResponseMessage> create) =>
        (await Expect.StatusAsync(await create, 201))["id"]!.GetValue<string>();

    private static JsonObject Without(JsonObject body, string field)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }
}

public sealed class ReferenceScopeTestsOnSqlite() : ReferenceScopeTests(DatabaseKind.Sqlite);

public sealed class ReferenceScopeTestsOnPostgres() : ReferenceScopeTests(DatabaseKind.Postgres);
