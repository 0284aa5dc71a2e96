using System.Data.Common;
using ApiStudio.Generator.Migrations;
using System.Globalization;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>
/// The shop's v1 to v2 migration played on a real database: v1's script, rows written by the v1 runtime,
/// v2's script, then checks with plain SQL and with the v2 runtime. Shared by the SQLite and PostgreSQL tests.
/// </summary>
internal sealed class ShopMigration(DbConnection connection, DatabaseProvider provider)
{
    public static readonly Guid OrgA = Guid.Parse("0a000000-0000-0000-0000-00000000000a");
    public static readonly Guid OrgB = Guid.Parse("0b000000-0000-0000-0000-00000000000b");
    private static readonly DateTime Moment = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    // Old table name to new, and old column names to new, as v2's hints say.
    private static readonly Dictionary<string, string> TableRenames = new() { ["customers"] = "customers", ["openings"] = "jobs", ["legacy"] = "legacy" };
    private static readonly Dictionary<(string, string), string> ColumnRenames = new() { [("customers", "mail")] = "email" };

    public string V1Sql { get; } = MigrationSql.Generate(MigrationPlanner.Plan(null, ShopDefinitions.V1), provider);

    public string V2Sql { get; } = MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2), provider);

    public void ApplyV1WithRows()
    {
        SqlScripts.Execute(connection, V1Sql);
        RuntimeDatabase.Insert(ShopDefinitions.V1, provider, connection, "customers",
            Row(("name", "Ada"), ("organizationId", OrgA), ("mail", "ada@example.com"), ("fax", "+1 555 0100"), ("vip", true)),
            Row(("name", "Bob"), ("organizationId", OrgA), ("mail", "bob@example.com"), ("fax", null), ("vip", false)),
            // The same address in another organization: unique indexes are per organization.
            Row(("name", "Ada B"), ("organizationId", OrgB), ("mail", "ada@example.com"), ("fax", null), ("vip", true)));
        RuntimeDatabase.Insert(ShopDefinitions.V1, provider, connection, "openings",
            Row(("organizationId", OrgA), ("title", "Engineer"), ("code", "ENG-1"), ("salary", 90000L)),
            Row(("organizationId", OrgB), ("title", "Designer"), ("code", "ENG-1"), ("salary", null)));
        RuntimeDatabase.Insert(ShopDefinitions.V1, provider, connection, "legacy",
            Row(("organizationId", OrgA), ("note", "keep me")));
    }

    public Dictionary<string, List<Dictionary<string, object?>>> Rows(params string[] tables) =>
        tables.ToDictionary(t => t, t => SqlScripts.Rows(connection, $"\"{t}\""));

    /// <summary>Runs the whole story and checks every promise a migration makes about data.</summary>
    public void PlayAndCheck()
    {
        ApplyV1WithRows();
        var before = Rows("customers", "openings", "legacy");

        SqlScripts.Execute(connection, V2Sql);
        var after = Rows("customers", "jobs", "legacy", "tags");

        foreach (var (oldTable, newTable) in TableRenames)
        {
            Assert.Equal(before[oldTable].Count, after[newTable].Count);
            for (var i = 0; i < before[oldTable].Count; i++)
            {
                foreach (var (column, value) in before[oldTable][i])
                {
                    var newColumn = ColumnRenames.GetValueOrDefault((oldTable, column), column);
                    Assert.True(after[newTable][i].ContainsKey(newColumn), $"{newTable}.{newColumn} is missing after the migration.");
                    Assert.Equal(value, after[newTable][i][newColumn]);
                }
            }
        }

        var customers = after["customers"];
        Assert.Equal(before["customers"].Select(c => c["mail"]), customers.Select(c => c["email"]));
        Assert.Equal(["ada@example.com", "ada@example.com", "bob@example.com"], customers.Select(c => (string)c["email"]!).Order());
        Assert.All(customers, c => Assert.False(c.ContainsKey("mail")));
        Assert.All(customers, c => Assert.Equal("basic", c["tier"]));
        Assert.All(customers, c => Assert.Null(c["phone"]));
        Assert.All(customers, c => Assert.Null(c["deletedAt"]));
        Assert.All(customers, c => Assert.True(c.ContainsKey("fax")));
        Assert.All(after["jobs"], j => Assert.Equal(1L, Convert.ToInt64(j["headcount"], CultureInfo.InvariantCulture)));
        Assert.Empty(after["tags"]);
        Assert.Equal(2L, Convert.ToInt64(SqlScripts.Scalar(connection, $"SELECT count(*) FROM \"{MigrationSql.MigrationsTable}\""), CultureInfo.InvariantCulture));

        // The migrated database serves the v2 runtime: it writes and reads through its own model.
        RuntimeDatabase.Insert(ShopDefinitions.V2, provider, connection, "customers",
            Row(("name", "Cy"), ("organizationId", OrgA), ("email", "cy@example.com"), ("vip", false), ("tier", "gold"), ("phone", "+1 555 0199")));
        RuntimeDatabase.Insert(ShopDefinitions.V2, provider, connection, "tags", Row(("organizationId", OrgA), ("label", "priority")));
        var read = RuntimeDatabase.ReadAll(ShopDefinitions.V2, provider, connection, "customers");
        Assert.Equal(4, read.Count);
        Assert.Equal(2, read.Count(c => Equals(c["email"], "ada@example.com")));
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] values)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = Guid.NewGuid(),
            ["createdAt"] = Moment,
            ["createdBy"] = "user-1",
            ["modifiedAt"] = Moment,
            ["modifiedBy"] = "user-1",
        };
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }

        return row;
    }
}
