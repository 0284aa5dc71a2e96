using System.Text.Json.Nodes;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>samples/hiring.api.json: envelope errors, custom firewall columns, an optional owner, hide mode, a public table.</summary>
public sealed class HiringKnowledge : SampleKnowledge
{
    private static readonly MaskRule RecruiterAndAbove = MaskRule.For("recruiter", "hiring-manager", "admin");

    public override string SampleFile => "hiring.api.json";

    public override int Seed => 19_700_101;

    public override string TopRole => "admin";

    public override IReadOnlyList<(string Name, string Role)> Personas { get; } =
        [("interviewer", "interviewer"), ("recruiter", "recruiter"), ("recruiter2", "recruiter"), ("hiringManager", "hiring-manager"), ("auditor", "auditor")];

    public override (string InFirst, string InSecond) ConsultantRoles => ("recruiter", "interviewer");

    public override IReadOnlyDictionary<(string Table, string Column), MaskRule> Masks { get; } = new Dictionary<(string, string), MaskRule>
    {
        [("jobs", "salaryMax")] = MaskRule.For("hiring-manager", "admin"),
        [("candidates", "fullName")] = RecruiterAndAbove,
        [("candidates", "email")] = RecruiterAndAbove.OrOwner(),
        [("candidates", "phone")] = MaskRule.Nobody.OrOwner(),
        [("candidates", "ssn")] = MaskRule.For("admin"),
        [("candidates", "passportNumber")] = MaskRule.For("admin"),
        [("reimbursements", "cardNumber")] = MaskRule.For("admin"),
        [("reimbursements", "iban")] = MaskRule.For("admin", "auditor"),
    };

    public override IReadOnlyDictionary<string, OwnerScope> OwnerScopes { get; } = new Dictionary<string, OwnerScope>
    {
        ["candidates"] = new("recruiterId", Unassigned: true),
        ["interviews"] = new("ownerId", Unassigned: false),
        ["reimbursements"] = new("ownerId", Unassigned: true),
    };

    public override IReadOnlySet<string> PublicTables { get; } = new HashSet<string> { "postings" };

    public override IReadOnlySet<string> ListConditionTables { get; } = new HashSet<string> { "jobs" };

    public override IReadOnlyDictionary<string, string> OrganizationColumns { get; } = new Dictionary<string, string>
    {
        ["jobs"] = "orgId",
        ["candidates"] = "tenantId",
        ["applications"] = "organizationId",
        ["interviews"] = "organizationId",
        ["reimbursements"] = "organizationId",
    };

    public override IReadOnlyList<SeedStep> Seeds { get; } =
    [
        new("postings", "admin", 1),
        new("jobs", "hiringManager", 3),
        new("candidates", "recruiter", 2), new("candidates", "recruiter2", 1), new("candidates", "admin", 1),
        new("applications", "recruiter", 2), new("applications", "recruiter2", 1),
        new("interviews", "recruiter", 1), new("interviews", "hiringManager", 1),
        new("reimbursements", "recruiter", 1), new("reimbursements", "recruiter2", 1), new("reimbursements", "admin", 1),
    ];

    /// <summary>Publishes a job per organization (lists hide drafts) and adds an unassigned candidate, which only the database can hold.</summary>
    public override async Task AfterSeedAsync(TenantWorld world)
    {
        foreach (var org in world.Orgs)
        {
            var manager = org.Members["hiringManager"];
            var job = world.RecordsOf("jobs", org.Index).First();
            var published = await world.SendAsync(manager, HttpMethod.Post, $"/jobs/{job.Id}/publish", new JsonObject());
            await Expect.StatusAsync(published, 200);

            var id = Guid.NewGuid();
            var secrets = world.Values;
            var email = secrets.Email(org.Index);
            var phone = secrets.Phone();
            var ssn = secrets.Ssn(org.Index);
            var passport = secrets.Passport();
            var fullName = secrets.FullName();
            var now = DateTime.UtcNow;
            await world.Host.InsertAsync("candidates", new Dictionary<string, object>
            {
                ["id"] = id, ["tenantId"] = org.Id, ["recruiterId"] = null!, ["fullName"] = fullName, ["email"] = email,
                ["phone"] = phone, ["ssn"] = ssn, ["passportNumber"] = passport, ["portfolio"] = $"https://{TenantWorld.Marker(org.Index)}.example/unassigned",
                ["source"] = "agency", ["birthDate"] = null!, ["createdAt"] = now, ["createdBy"] = null!, ["modifiedAt"] = now,
                ["modifiedBy"] = null!, ["deletedAt"] = null!, ["deletedBy"] = null!,
            });
            world.AddRecord(new RecordFact(id.ToString(), "candidates", org.Index, null));
            foreach (var (column, value) in new[] { ("fullName", fullName), ("email", email), ("phone", phone), ("ssn", ssn), ("passportNumber", passport) })
            {
                world.AddSecret(new SecretFact(value, "candidates", column, org.Index, null));
            }
        }
    }
}
