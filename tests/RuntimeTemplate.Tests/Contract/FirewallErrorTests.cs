using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 3: every FIREWALL_* code in reveal mode, and the opaque 404 of hide mode.</summary>
public abstract class FirewallErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Get_of_an_id_that_does_not_exist_returns_403_FIREWALL_NOT_FOUND(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = Guid.NewGuid();

        var response = await api.Viewer.GetAsync($"/companies/{id}");

        await ErrorContract.AssertAsync(response, dialect, NotFound, ExpectedEcho.Get($"{api.Base}/companies/{id}"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Get_of_an_id_that_cannot_be_a_key_returns_403_FIREWALL_NOT_FOUND(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Viewer.GetAsync("/companies/not-a-uuid");

        await ErrorContract.AssertAsync(response, dialect, NotFound, ExpectedEcho.Get($"{api.Base}/companies/not-a-uuid"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Get_of_another_organizations_record_returns_403_FIREWALL_ORG_ISOLATION(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "companies", new { name = "Initech" });

        var response = await api.Outsider.GetAsync($"/companies/{id}");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "firewall", "FIREWALL_ORG_ISOLATION", "Record belongs to a different organization", "data/access-denied")
            {
                Hint = "Switch the active organization (X-Organization-Id) to the record's organization",
            },
            ExpectedEcho.Get($"{api.Base}/companies/{id}"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Get_of_a_colleagues_owned_note_returns_403_FIREWALL_USER_ISOLATION(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "notes", new { body = "Call back on Monday" });

        var response = await api.OtherSales.GetAsync($"/notes/{id}");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "firewall", "FIREWALL_USER_ISOLATION", "Record belongs to another user", "data/access-denied")
            {
                Hint = "Only the record's owner can reach it",
            },
            ExpectedEcho.Get($"{api.Base}/notes/{id}"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Get_of_a_soft_deleted_record_returns_403_FIREWALL_SOFT_DELETED(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "contacts", new { firstName = "Paul" });
        await Expect.StatusAsync(await api.Manager.DeleteAsync($"/contacts/{id}"), 200);

        var response = await api.Viewer.GetAsync($"/contacts/{id}");

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(403, "firewall", "FIREWALL_SOFT_DELETED", "Record has been deleted", "data/access-denied")
            {
                Hint = "Deleted records are no longer accessible",
            },
            ExpectedEcho.Get($"{api.Base}/contacts/{id}"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Hide_mode_answers_a_missing_id_with_an_opaque_404_NOT_FOUND(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = Guid.NewGuid();

        var response = await api.Viewer.GetAsync($"/documents/{id}");

        await ErrorContract.AssertAsync(response, dialect, HiddenNotFound, ExpectedEcho.Get($"{api.Base}/documents/{id}"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Hide_mode_answers_another_organizations_record_with_the_same_opaque_404_NOT_FOUND(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var id = await api.CreateAsync(api.Sales, "documents", new { title = "Plan" });

        var response = await api.Outsider.GetAsync($"/documents/{id}");

        await ErrorContract.AssertAsync(response, dialect, HiddenNotFound, ExpectedEcho.Get($"{api.Base}/documents/{id}"));
    }

    private static ExpectedError NotFound { get; } =
        new(403, "firewall", "FIREWALL_NOT_FOUND", "Record not found or not accessible", "data/access-denied")
        {
            Hint = "Check the record ID and your organization membership",
        };

    private static ExpectedError HiddenNotFound { get; } =
        new(404, "firewall", "NOT_FOUND", "Not found", "data/not-found") { Hint = "Check the record ID" };
}

[Collection(SqliteContractApis.Collection)]
public sealed class FirewallErrorTestsOnSqlite(SqliteContractApis apis) : FirewallErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class FirewallErrorTestsOnPostgres(PostgresContractApis apis) : FirewallErrorTests(apis);
