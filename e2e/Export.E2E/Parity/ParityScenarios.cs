using System.Text.Json;
using ApiStudio.Runtime.Errors;
using ApiStudio.Studio.Simulator;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// The scenario list run against the simulator and the exported API, in order (later scenarios see the writes of
/// earlier ones). Rows are the sandbox seed's, addressed by their stable ids: organization A and B, each with a user
/// per role, and rows <c>{table}:{A|B}:{0..2}</c> (index 3 in A is soft-deleted where the table soft-deletes).
/// Seeded owners follow the role order: index 0 the viewer's, 1 the sales rep's, 2 the manager's, 3 the admin's.
/// API keys are the sandbox's (created by each organization's viewer) plus two the simulator side adds.
/// </summary>
public static class ParityScenarios
{
    public const string Anonymous = "anonymous";
    public const string Malformed = "malformed";
    public const string Expired = "expired";
    public const string ViewerA = "user-A-viewer";
    public const string SalesA = "user-A-sales";
    public const string ManagerA = "user-A-manager";
    public const string AdminA = "user-A-admin";
    public const string ViewerB = "user-B-viewer";

    /// <summary>Organization A's secret key for every scope in dev (it acts as the top role).</summary>
    public const string SecretKeyA = "secret key of A";

    /// <summary>Organization A's publishable key with the scope *:read in dev (a publishable key only reads, with the least privileged role).</summary>
    public const string PublishableKeyA = "publishable key of A";

    /// <summary>A secret key of A that may only read companies.</summary>
    public const string ReadOnlyKeyA = "companies:read key of A";

    /// <summary>A secret key of A for the prod environment, which the dev deployments refuse.</summary>
    public const string ProdKeyA = "prod key of A";

    private static readonly string Base = CrmVersions.V1.Project.BasePath;

    public static string OrganizationB => StableIds.For("organization:B").ToString();

    /// <summary>The id of seeded row <paramref name="index"/> of <paramref name="table"/> in organization <paramref name="org"/>.</summary>
    public static string Row(string table, string org, int index) => StableIds.For($"{table}:{org}:{index}").ToString();

    public static IReadOnlyList<ParityScenario> All { get; } = Build();

    private static List<ParityScenario> Build()
    {
        var list = new List<ParityScenario>();
        void Add(string name, string persona, string method, string path, object? body, int status, string? code = null,
            string? capture = null, IReadOnlyDictionary<string, string>? headers = null, string? skip = null) =>
            list.Add(new ParityScenario(name, persona, method, Base + path, body switch
            {
                null => null,
                string raw => raw,
                _ => JsonSerializer.Serialize(body),
            }, status, code)
            {
                Capture = capture,
                Skip = skip,
                Headers = headers ?? new Dictionary<string, string>(),
            });

        var companyA0 = Row("companies", "A", 0);
        var companyA2 = Row("companies", "A", 2);
        var contactA0 = Row("contacts", "A", 0);
        var contactA1 = Row("contacts", "A", 1);
        var unassigned = ParityRows.UnassignedContact;
        var dealA0 = Row("deals", "A", 0);
        var dealA1 = Row("deals", "A", 1);
        var dealA2 = Row("deals", "A", 2);

        // Authentication (401) and routing.
        Add("no credentials", Anonymous, "GET", "/companies", null, 401, ErrorCodes.AuthMissing);
        Add("malformed bearer token", Malformed, "GET", "/companies", null, 401, ErrorCodes.AuthInvalidToken);
        Add("expired access token", Expired, "GET", "/contacts", null, 401, ErrorCodes.AuthExpired);
        Add("API key that is not one", Anonymous, "GET", "/companies", null, 401, ErrorCodes.AuthInvalidToken,
            headers: new Dictionary<string, string> { ["X-API-Key"] = "pk_123" });
        Add("key of another environment", ProdKeyA, "GET", "/companies", null, 401, ErrorCodes.AuthInvalidToken);
        Add("sign-up with a taken email", Anonymous, "POST", "/auth/signup", new { email = "viewer@a.sandbox", password = "a long enough password" }, 409,
            ErrorCodes.AuthEmailTaken);
        Add("sign-in with a wrong password", Anonymous, "POST", "/auth/signin", new { email = "viewer@a.sandbox", password = "not the password" }, 401,
            ErrorCodes.AuthInvalidCredentials);
        Add("third sign-in attempt within the minute", Anonymous, "POST", "/auth/signin", new { email = "viewer@a.sandbox", password = "not the password" }, 429,
            ErrorCodes.AuthRateLimited);
        Add("unknown route", ViewerA, "GET", "/nowhere", null, 404, ErrorCodes.NotFound);
        Add("method no route has", SalesA, "PUT", $"/companies/{companyA0}", new { name = "Put" }, 404, ErrorCodes.NotFound);

        // Reads that succeed.
        Add("list companies", ViewerA, "GET", "/companies", null, 200);
        Add("get a company", ViewerA, "GET", $"/companies/{companyA0}", null, 200);
        Add("who am I", SalesA, "GET", "/auth/me", null, 200);
        Add("list contacts: own and unassigned, masked", ViewerA, "GET", "/contacts", null, 200);
        Add("list notes: only the caller's", ViewerA, "GET", "/notes", null, 200);
        Add("list companies of the other organization", ViewerB, "GET", "/companies", null, 200);

        // Firewall: 403 that says why (companies, contacts), opaque 404 in hide mode (notes).
        Add("company of another organization", ViewerA, "GET", $"/companies/{Row("companies", "B", 0)}", null, 403, ErrorCodes.FirewallOrgIsolation);
        Add("company that does not exist", ViewerA, "GET", $"/companies/{StableIds.For("nothing")}", null, 403, ErrorCodes.FirewallNotFound);
        Add("soft-deleted contact", AdminA, "GET", $"/contacts/{Row("contacts", "A", 3)}", null, 403, ErrorCodes.FirewallSoftDeleted);
        Add("contact of another account manager", SalesA, "GET", $"/contacts/{contactA0}", null, 403, ErrorCodes.FirewallUserIsolation);
        Add("update of another organization's company", SalesA, "PATCH", $"/companies/{Row("companies", "B", 1)}", new { name = "Mine" }, 403,
            ErrorCodes.FirewallOrgIsolation);
        Add("hidden: note of another organization", ViewerA, "GET", $"/notes/{Row("notes", "B", 0)}", null, 404, ErrorCodes.NotFound);
        Add("hidden: soft-deleted note", AdminA, "GET", $"/notes/{Row("notes", "A", 3)}", null, 404, ErrorCodes.NotFound);
        Add("hidden: another user's note", SalesA, "GET", $"/notes/{Row("notes", "A", 0)}", null, 404, ErrorCodes.NotFound);

        // API keys.
        Add("secret key lists every note of its organization", SecretKeyA, "GET", "/notes", null, 200);
        Add("publishable key may only read", PublishableKeyA, "POST", "/companies", new { name = "Keyed" }, 403, ErrorCodes.AccessScopeInsufficient);
        Add("publishable key reads", PublishableKeyA, "GET", "/companies?sort=name", null, 200);
        Add("read-only key creating", ReadOnlyKeyA, "POST", "/companies", new { name = "Keyed" }, 403, ErrorCodes.AccessScopeInsufficient);
        Add("read-only key reading", ReadOnlyKeyA, "GET", $"/companies/{companyA0}", null, 200);
        Add("secret key creating", SecretKeyA, "POST", "/companies", new { name = "Keyed Inc" }, 201);

        // Access (403) and actions.
        Add("viewer creating a company", ViewerA, "POST", "/companies", new { name = "Initech" }, 403, ErrorCodes.AccessRoleRequired);
        Add("sales rep deleting a company", SalesA, "DELETE", $"/companies/{companyA2}", null, 403, ErrorCodes.AccessRoleRequired);
        Add("organization the caller is not in", SalesA, "GET", "/companies", null, 403, ErrorCodes.AccessNoOrg,
            headers: new Dictionary<string, string> { ["X-Organization-Id"] = OrganizationB });
        Add("update of an unassigned contact", SalesA, "PATCH", $"/contacts/{unassigned}", new { firstName = "Uma" }, 403, ErrorCodes.AccessOwnershipRequired);
        Add("advance a deal to lost", SalesA, "POST", $"/deals/{dealA0}/advance", new { stage = "lost" }, 200);
        Add("update of a lost deal", SalesA, "PATCH", $"/deals/{dealA0}", new { title = "Lost cause" }, 403, ErrorCodes.AccessConditionFailed);
        Add("viewer advancing a deal", ViewerA, "POST", $"/deals/{dealA1}/advance", new { stage = "proposal" }, 403, ErrorCodes.AccessRoleRequired);
        Add("advance past a stage", SalesA, "POST", $"/deals/{dealA1}/advance", new { stage = "won" }, 409, ErrorCodes.AccessActionNotAllowedForState);
        Add("advance to the next stage", SalesA, "POST", $"/deals/{dealA1}/advance", new { stage = "proposal" }, 200);
        Add("advance to a stage that is no stage", SalesA, "POST", $"/deals/{dealA2}/advance", new { stage = "bogus" }, 400, ErrorCodes.ValidationFailed);
        Add("advance without its input", SalesA, "POST", $"/deals/{dealA2}/advance", new { }, 400, ErrorCodes.ValidationFailed);

        // Guards (400).
        Add("create with a protected field", SalesA, "POST", "/deals", new { contactId = contactA1, title = "Big", stage = "won" }, 400,
            ErrorCodes.GuardFieldProtected);
        Add("create with a system field", SalesA, "POST", "/companies", new { name = "Initech", organizationId = StableIds.For("organization:A") }, 400,
            ErrorCodes.GuardSystemManaged);
        Add("create with the owner column", SalesA, "POST", "/contacts", new { firstName = "Ann", accountManagerId = "someone" }, 400,
            ErrorCodes.GuardSystemManaged);
        Add("create with an update-only field", SalesA, "POST", "/companies", new { name = "Initech", website = "https://initech.example" }, 400,
            ErrorCodes.GuardFieldNotCreateable);
        Add("update of a create-only field", SalesA, "PATCH", $"/companies/{companyA0}", new { domain = "ada.example" }, 400,
            ErrorCodes.GuardFieldNotUpdatable);
        Add("update of an immutable field", SalesA, "PATCH", $"/deals/{dealA2}", new { contactId = contactA1 }, 400, ErrorCodes.GuardFieldImmutable);

        // Validation (400).
        Add("create without a required field", SalesA, "POST", "/contacts", new { email = "ann@example.com" }, 400, ErrorCodes.ValidationFailed);
        Add("create with a malformed email", SalesA, "POST", "/contacts", new { firstName = "Ann", email = "not-an-email" }, 400, ErrorCodes.ValidationFailed);
        Add("create with a value outside the enum", SalesA, "POST", "/contacts", new { firstName = "Ann", status = "vip" }, 400, ErrorCodes.ValidationFailed);
        Add("create with text for a number", SalesA, "POST", "/deals", new { contactId = contactA1, title = "Big", amount = "lots" }, 400,
            ErrorCodes.ValidationFailed);
        Add("create with malformed JSON", SalesA, "POST", "/companies", "{\"name\":", 400, ErrorCodes.ValidationMalformedJson);
        Add("list sorted by a column that does not exist", SalesA, "GET", "/companies?sort=nope", null, 400, ErrorCodes.ValidationInvalidQuery);
        Add("viewer filtering on a masked column", ViewerA, "GET", "/contacts?email=person1@example.com", null, 400, ErrorCodes.ValidationInvalidQuery);

        // Database.
        Add("create leaving a required column the guards forbid", SalesA, "POST", "/contacts", new { firstName = "Ann" }, 400, ErrorCodes.DbNotNullViolation);
        Add("update to a taken email", SalesA, "PATCH", $"/contacts/{contactA1}", new { email = "person1@example.com" }, 409, ErrorCodes.DbUniqueViolation);

        // Batches.
        Add("batch where every record succeeds", SalesA, "POST", "/companies/batch",
            new { records = new object[] { new { name = "One" }, new { name = "Two" } } }, 201);
        Add("batch where one record fails", SalesA, "POST", "/companies/batch",
            new { records = new object[] { new { name = "Three" }, new { name = "Four", organizationId = "x" } } }, 207);
        Add("atomic batch where one record fails", SalesA, "POST", "/companies/batch",
            new { records = new object[] { new { name = "Five" }, new { name = "Six", organizationId = "x" } }, options = new { atomic = true } }, 400,
            ErrorCodes.BatchAtomicFailed);
        Add("batch over the size limit", SalesA, "POST", "/companies/batch",
            new { records = Enumerable.Range(0, 101).Select(i => new { name = $"Bulk {i}" }).ToArray() }, 400, ErrorCodes.BatchSizeExceeded);
        Add("list sorted by name with the total", SalesA, "GET", "/companies?sort=name&total=true", null, 200);

        // Views and masking.
        Add("contact directory view", ViewerA, "GET", "/contacts/views/directory", null, 200);
        Add("deal pipeline view", ViewerA, "GET", "/deals/views/pipeline", null, 200);
        Add("contact read by a viewer: masked", ViewerA, "GET", $"/contacts/{unassigned}", null, 200);
        Add("contact read by a manager: in full", ManagerA, "GET", $"/contacts/{unassigned}", null, 200);

        // Create, read, update, delete.
        Add("create a company", SalesA, "POST", "/companies", new { name = "Initech", domain = "initech.example" }, 201, capture: "company");
        Add("update the company", SalesA, "PATCH", "/companies/{company}", new { website = "https://initech.example" }, 200);
        Add("get the company", ViewerA, "GET", "/companies/{company}", null, 200);
        Add("delete the company", ManagerA, "DELETE", "/companies/{company}", null, 200);
        Add("second delete within the minute", ManagerA, "DELETE", $"/companies/{companyA2}", null, 429, ErrorCodes.RateLimited);
        Add("get the deleted company", ViewerA, "GET", "/companies/{company}", null, 403, ErrorCodes.FirewallNotFound);
        Add("create a note", ViewerA, "POST", "/notes", new { dealId = dealA1, body = "Call back on Monday" }, 201, capture: "note");
        Add("update the note", ViewerA, "PATCH", "/notes/{note}", new { body = "Called" }, 200);
        Add("delete the note", ViewerA, "DELETE", "/notes/{note}", null, 200);
        Add("get the deleted note", ViewerA, "GET", "/notes/{note}", null, 404, ErrorCodes.NotFound);
        Add("create a deal", SalesA, "POST", "/deals", new { contactId = contactA1, title = "Renewal", amount = 900 }, 201, capture: "deal");
        Add("advance the new deal", SalesA, "POST", "/deals/{deal}/advance", new { stage = "qualified" }, 200);
        Add("update the contact the caller manages", SalesA, "PATCH", $"/contacts/{contactA1}", new { phone = "+1 555 010 4242" }, 200);
        Add("list deals sorted by title", ViewerA, "GET", "/deals?sort=title", null, 200);

        // Requests at the edges: paging and filters, odd paths and bodies.
        Add("second page of one company each", ViewerA, "GET", "/companies?sort=name&limit=1&page=2", null, 200);
        Add("contacts filtered by status", ManagerA, "GET", "/contacts?status=lead&sort=lastName", null, 200);
        Add("masked column filtered by a manager", ManagerA, "GET", "/contacts?email.like=una", null, 200);
        Add("masked column filtered by a viewer, echoed redacted", ViewerA, "GET", "/contacts?email.like=una", null, 400, ErrorCodes.ValidationInvalidQuery);
        Add("id that is not a uuid", ViewerA, "GET", "/companies/not-a-uuid", null, 403, ErrorCodes.FirewallNotFound);
        // Sorted: the default order is by id, and ids created on each side differ.
        Add("trailing slash", ViewerA, "GET", "/companies/?sort=name", null, 200);
        // A HEAD is answered as its GET, without a body, so it carries no code to compare.
        Add("HEAD of a list", ViewerA, "HEAD", "/companies", null, 200);
        Add("HEAD of a company of another organization", ViewerA, "HEAD", $"/companies/{Row("companies", "B", 0)}", null, 403);
        Add("HEAD without credentials", Anonymous, "HEAD", "/companies", null, 401);
        Add("body that is an array", SalesA, "POST", "/companies", "[1,2]", 400, ErrorCodes.ValidationMalformedJson);
        Add("text beyond ASCII", SalesA, "POST", "/companies", new { name = "Zoë & Søn ✓ 株式会社" }, 201);
        Add("batch delete without ids", ManagerA, "DELETE", "/notes/batch", new { ids = Array.Empty<string>() }, 400, ErrorCodes.BatchMissingIds);
        Add("batch update, one record of another organization", SalesA, "PATCH", "/companies/batch",
            new { records = new object[] { new { id = companyA0, name = "Ada & Co" }, new { id = Row("companies", "B", 0), name = "Theirs" } } }, 207);
        Add("body over the size limit", SalesA, "POST", "/companies", new { name = new string('x', 1024 * 1024 + 1) }, 413, ErrorCodes.ValidationBodyTooLarge);
        return list;
    }
}
