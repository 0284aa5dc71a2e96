using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>
/// The CRM sample (flat error dialect) shared by a hostile-input test class: organization A with its owner, a
/// sales member and keys, one row in each table (a contact whose email and phone are secrets), and organization B.
/// Requests go as A's owner (the top role) unless told otherwise, so only the hostile part of a request can fail it;
/// the sign-in limit is raised because rate limiting is not what these tests are about.
/// </summary>
public abstract class HostileApi(DatabaseKind database) : IAsyncLifetime
{
    public const string ContactEmail = "paula.secret@hidden.example";
    public const string ContactPhone = "+1 555 867 5309";

    public TestApi Api { get; private set; } = null!;

    public string OrgId { get; private set; } = "";

    public string OtherOrgId { get; private set; } = "";

    public Persona Owner { get; private set; } = null!;

    public Persona Sales { get; private set; } = null!;

    public Persona Viewer { get; private set; } = null!;

    /// <summary>The owner of organization B.</summary>
    public Persona OtherOwner { get; private set; } = null!;

    public string SecretKey { get; private set; } = "";

    public string CompanyId { get; private set; } = "";

    public string ContactId { get; private set; } = "";

    public string DealId { get; private set; } = "";

    public string NoteId { get; private set; } = "";

    public DatabaseKind Database => database;

    public async Task InitializeAsync()
    {
        var sample = TestApi.Sample("crm.api.json");
        var project = sample.Project with { RateLimits = sample.Project.RateLimits with { SignIn = 100_000 } };
        Api = await TestApi.StartAsync(sample with { Project = project }, database);
        (OrgId, Owner) = await Api.CreateOrganizationAsync("alpha");
        (OtherOrgId, OtherOwner) = await Api.CreateOrganizationAsync("beta");
        Sales = await Api.MemberAsync(OrgId, Owner, "sales");
        Viewer = await Api.MemberAsync(OrgId, Owner, "viewer");
        var key = await Owner.PostAsync($"/organizations/{OrgId}/api-keys", new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" });
        SecretKey = (await Expect.StatusAsync(key, 201))["key"]!.GetValue<string>();
        CompanyId = await CreateAsync("/companies", new { name = "Initech" });
        ContactId = await CreateAsync("/contacts", new { firstName = "Paula", lastName = "Hidden", email = ContactEmail, phone = ContactPhone, companyId = CompanyId });
        DealId = await CreateAsync("/deals", new { contactId = ContactId, title = "Renewal", amount = 1200 });
        NoteId = await CreateAsync("/notes", new { dealId = DealId, body = "call back" });
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();

    /// <summary>A request to a path under the base path with a raw body, as the owner unless told otherwise.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? body, Persona? caller = null,
        string contentType = "application/json", Action<HttpRequestMessage>? configure = null) =>
        (caller ?? Owner).SendAsync(method, path, null, request =>
        {
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            configure?.Invoke(request);
        });

    /// <summary>A request with only the headers <paramref name="configure"/> sets: no bearer token.</summary>
    public Task<HttpResponseMessage> SendBareAsync(HttpMethod method, string path, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(method, Api.Base + path);
        configure(request);
        return Api.Client.SendAsync(request);
    }

    private async Task<string> CreateAsync(string path, object body) =>
        (await Expect.StatusAsync(await Sales.PostAsync(path, body), 201))["id"]!.GetValue<string>();
}

public sealed class SqliteHostileApi() : HostileApi(DatabaseKind.Sqlite);

public sealed class PostgresHostileApi() : HostileApi(DatabaseKind.Postgres);
