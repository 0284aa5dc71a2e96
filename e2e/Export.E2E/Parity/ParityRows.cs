using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// Rows the scenarios need beyond the sandbox seed, written the same way into both sides' databases: a contact in
/// organization A with no account manager (the seed gives every row an owner, and no request can clear one).
/// </summary>
public static class ParityRows
{
    public static string UnassignedContact { get; } = StableIds.For("parity:contacts:A:unassigned").ToString();

    public static IReadOnlyList<string> Ids => [UnassignedContact];

    public static async Task AddAsync(ApiDbContext database, ApiDefinition definition)
    {
        var contacts = definition.FindTable("contacts")!;
        var now = DateTime.UtcNow;
        var admin = StableIds.For("user:A:admin").ToString();
        TableStore.For(database, contacts).NewEntity(new Dictionary<string, object?>
        {
            ["id"] = Guid.Parse(UnassignedContact),
            ["organizationId"] = StableIds.For("organization:A"),
            ["firstName"] = "Una",
            ["lastName"] = "Signed",
            ["email"] = "una@example.com",
            ["phone"] = "+1 555 010 0999",
            ["status"] = "lead",
            [SystemColumns.CreatedAt] = now,
            [SystemColumns.ModifiedAt] = now,
            [SystemColumns.CreatedBy] = admin,
            [SystemColumns.ModifiedBy] = admin,
        });
        await database.SaveChangesAsync();
        database.ChangeTracker.Clear();
    }
}
