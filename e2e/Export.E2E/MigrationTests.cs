using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Export.E2E;

/// <summary>
/// An API upgraded in place: v1 (the sample) runs on a SQLite file and gets data; v2 (a column added, one renamed
/// by hint, one removed; exported with v1 as the previous definition) starts on the same file, applies its
/// migration at start-up, and serves every row.
/// </summary>
[Collection(ExportedCrmCollection.Name)]
public sealed class MigrationTests(ExportedCrm crm)
{
    [Fact]
    public async Task Upgrading_from_v1_to_v2_keeps_every_row_and_moves_renamed_values_with_their_column()
    {
        var database = $"Data Source={crm.NewSqliteFile()}";
        string orgId;
        Persona owner;
        var companies = new Dictionary<string, (string Name, string Domain)>();
        await using (var v1 = await ExportedApp.StartAsync(crm.V1Assembly, crm.V1Folder, "sqlite", database))
        {
            var accounts = new Accounts(v1, crm.BasePath);
            (orgId, owner) = await accounts.OrganizationAsync("acme");
            for (var i = 0; i < 5; i++)
            {
                var (name, domain) = ($"Company {i}", $"c{i}.example");
                companies[await Accounts.IdOf(await owner.PostAsync("/companies", new { name, domain, website = $"https://{domain}" }))] = (name, domain);
            }

            await Expect.StatusAsync(await owner.PostAsync("/contacts", new { firstName = "Ada", lastName = "Lovelace", email = "ada@example.com" }), 201);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var v2 = await ExportedApp.StartAsync(crm.V2Assembly, crm.V2Folder, "sqlite", database);
        var upgraded = new Accounts(v2, crm.BasePath);
        var signedIn = await upgraded.SignInAsync(new Persona(LoopbackClients.Create(v2.BaseAddress), crm.BasePath, owner.Email, owner.UserId, null, null), orgId);

        var rows = Accounts.Data(await Expect.StatusAsync(await signedIn.GetAsync("/companies?limit=100"), 200));
        Assert.Equal(companies.Count, rows.Count);
        foreach (var row in rows.Select(r => r!.AsObject()))
        {
            var (name, domain) = companies[row["id"]!.GetValue<string>()];
            Assert.Equal(name, row["name"]!.GetValue<string>());
            Assert.Equal(domain, row["webDomain"]!.GetValue<string>());
            Assert.Null(row["industry"]);
            Assert.False(row.ContainsKey("domain"));
            Assert.False(row.ContainsKey("website"));
        }

        var contacts = Accounts.Data(await Expect.StatusAsync(await signedIn.GetAsync("/contacts"), 200));
        Assert.Equal("Lovelace", Assert.Single(contacts)!["lastName"]!.GetValue<string>());
        var created = await Expect.StatusAsync(await signedIn.PostAsync("/companies", new { name = "New", webDomain = "new.example", industry = "Retail" }), 201);
        Assert.Equal("Retail", created["industry"]!.GetValue<string>());
    }
}
