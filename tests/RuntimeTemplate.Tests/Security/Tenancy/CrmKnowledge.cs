using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// samples/crm.api.json, plus two sensitive-looking columns without a masking rule (companies.secretToken,
/// contacts.mobile), which the runtime masks for everyone by default.
/// </summary>
public sealed class CrmKnowledge : SampleKnowledge
{
    private static readonly MaskRule ManagerAndAbove = MaskRule.For("manager", "admin");

    public override string SampleFile => "crm.api.json";

    public override int Seed => 20_240_917;

    public override string TopRole => "admin";

    public override IReadOnlyList<(string Name, string Role)> Personas { get; } =
        [("viewer", "viewer"), ("sales", "sales"), ("sales2", "sales"), ("manager", "manager")];

    public override (string InFirst, string InSecond) ConsultantRoles => ("sales", "viewer");

    public override IReadOnlyDictionary<(string Table, string Column), MaskRule> Masks { get; } = new Dictionary<(string, string), MaskRule>
    {
        [("contacts", "email")] = ManagerAndAbove,
        [("contacts", "phone")] = ManagerAndAbove,
        [("contacts", "mobile")] = MaskRule.Nobody,
        [("companies", "secretToken")] = MaskRule.Nobody,
    };

    public override IReadOnlyDictionary<string, OwnerScope> OwnerScopes { get; } = new Dictionary<string, OwnerScope>
    {
        ["notes"] = new("ownerId", Unassigned: false),
    };

    public override IReadOnlyDictionary<string, string> OrganizationColumns { get; } = new Dictionary<string, string>
    {
        ["companies"] = "organizationId",
        ["contacts"] = "organizationId",
        ["deals"] = "organizationId",
        ["notes"] = "organizationId",
    };

    public override IReadOnlyList<SeedStep> Seeds { get; } =
    [
        new("companies", "sales", 2), new("companies", "manager", 1),
        new("contacts", "sales", 2), new("contacts", "sales2", 1), new("contacts", "manager", 1),
        new("deals", "sales", 2), new("deals", "sales2", 1),
        new("notes", "viewer", 1), new("notes", "sales", 2), new("notes", "sales2", 1), new("notes", "manager", 1), new("notes", "admin", 1),
    ];

    public override ApiDefinition Prepare(ApiDefinition sample) => sample with
    {
        Tables = sample.Tables.Select(t => t.Name switch
        {
            "companies" => WithColumn(t, new ColumnDefinition { Name = "secretToken", Type = ColumnType.Text, MaxLength = 100 }),
            "contacts" => WithColumn(t, new ColumnDefinition { Name = "mobile", Type = ColumnType.Text, MaxLength = 32, Format = ColumnFormat.Phone }),
            _ => t,
        }).ToList(),
    };

    private static TableDefinition WithColumn(TableDefinition table, ColumnDefinition column) => table with
    {
        Columns = [.. table.Columns, column],
        Guards = table.Guards with { Createable = [.. table.Guards.Createable, column.Name], Updatable = [.. table.Guards.Updatable, column.Name] },
    };
}
