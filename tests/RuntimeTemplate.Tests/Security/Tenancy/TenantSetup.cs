using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Builds the world of the property test through the API itself: organizations with a member per persona and a
/// read-only pk_ key (acting with the least privileged role) and an sk_ key, a consultant who belongs to two organizations, a user of none, the anonymous caller, and
/// the seeded rows of every table.
/// </summary>
public static class TenantSetup
{
    public const int Organizations = 3;

    public static async Task<TenantWorld> CreateAsync(TenantHost host, SampleKnowledge sample, int seed)
    {
        var world = new TenantWorld(host, sample);
        var api = host.Api;
        var owners = new List<Persona>();
        for (var index = 0; index < Organizations; index++)
        {
            var (orgId, owner) = await api.CreateOrganizationAsync($"tenant{index}");
            owners.Add(owner);
            var org = new OrgFact(index, orgId);
            world.AddOrg(org);
            org.Members["admin"] = User("admin", owner, index, sample.TopRole);
            foreach (var (name, role) in sample.Personas)
            {
                org.Members[name] = User(name, await api.MemberAsync(orgId, owner, role), index, role);
            }

            org.Members["pk"] = new TenantCaller
            {
                Name = "pk", Kind = CallerKind.PublishableKey, Org = index, Role = world.Definition.RoleHierarchy[0], OwnerId = owner.UserId,
                Credential = await CreateKeyAsync(owner, orgId, "publishable", "*:read"), KeyAsBearer = index == 1,
            };
            org.Members["sk"] = new TenantCaller
            {
                Name = "sk", Kind = CallerKind.SecretKey, Org = index, Role = sample.TopRole, OwnerId = owner.UserId,
                Credential = await CreateKeyAsync(owner, orgId, "secret", "*:*"),
            };
            world.Callers.AddRange(org.Members.Values);
        }

        world.Callers.AddRange(await ConsultantAsync(world, owners));
        world.Callers.AddRange(await DeadCallersAsync(world, owners[0]));
        var stranger = await api.SignUpAsync($"stranger-{Guid.NewGuid():N}@example.test");
        world.Callers.Add(new TenantCaller { Name = "stranger", Kind = CallerKind.User, OwnerId = stranger.UserId, Credential = stranger.Token });
        world.Callers.Add(new TenantCaller { Name = "anonymous", Kind = CallerKind.Anonymous });

        await SeedAsync(world, seed);
        await sample.AfterSeedAsync(world);
        return world;
    }

    private static TenantCaller User(string name, Persona persona, int org, string role) => new()
    {
        Name = name, Kind = CallerKind.User, Org = org, Role = role, OwnerId = persona.UserId, Credential = persona.Token,
    };

    private static async Task<string> CreateKeyAsync(Persona owner, string orgId, string kind, string scope)
    {
        var response = await owner.PostAsync($"/organizations/{orgId}/api-keys", new { kind, scopes = new[] { scope }, environment = "dev" });
        return (await Expect.StatusAsync(response, 201))["key"]!.GetValue<string>();
    }

    /// <summary>A revoked sk_ key and a signed-out user of organization 0: neither may do anything any more.</summary>
    private static async Task<IEnumerable<TenantCaller>> DeadCallersAsync(TenantWorld world, Persona owner)
    {
        var orgId = world.Orgs[0].Id;
        var created = await Expect.StatusAsync(
            await owner.PostAsync($"/organizations/{orgId}/api-keys", new { kind = "secret", scopes = new[] { "*:*" }, environment = "dev" }), 201);
        await Expect.StatusAsync(await owner.DeleteAsync($"/organizations/{orgId}/api-keys/{created["apiKey"]!["id"]}"), 204);
        var leaver = await world.Host.Api.MemberAsync(orgId, owner, world.Sample.Personas[^1].Role);
        await Expect.StatusAsync(await leaver.PostAsync("/auth/signout", null), 204);
        return
        [
            new TenantCaller { Name = "revoked-sk", Kind = CallerKind.SecretKey, Credential = created["key"]!.GetValue<string>(), Dead = true },
            new TenantCaller { Name = "signed-out", Kind = CallerKind.User, OwnerId = leaver.UserId, Credential = leaver.Token, Dead = true },
        ];
    }

    /// <summary>One user in organizations 0 and 1: signed in with no active organization, choosing one per request with X-Organization-Id.</summary>
    private static async Task<IEnumerable<TenantCaller>> ConsultantAsync(TenantWorld world, List<Persona> owners)
    {
        var api = world.Host.Api;
        var consultant = await api.SignUpAsync($"consultant-{Guid.NewGuid():N}@example.test");
        var (inFirst, inSecond) = world.Sample.ConsultantRoles;
        foreach (var (org, role) in new[] { (0, inFirst), (1, inSecond) })
        {
            await Expect.StatusAsync(await owners[org].PostAsync($"/organizations/{world.Orgs[org].Id}/members", new { email = consultant.Email, role }), 201);
        }

        var signIn = await api.Client.PostAsJsonAsync($"{api.Base}/auth/signin", new { email = consultant.Email, password = TestApi.Password });
        var token = (await Expect.StatusAsync(signIn, 200))["accessToken"]!.GetValue<string>();
        return
        [
            new TenantCaller { Name = "consultant", Kind = CallerKind.User, Org = 0, Role = inFirst, OwnerId = consultant.UserId, Credential = token, OrganizationHeader = world.Orgs[0].Id },
            new TenantCaller { Name = "consultant", Kind = CallerKind.User, Org = 1, Role = inSecond, OwnerId = consultant.UserId, Credential = token, OrganizationHeader = world.Orgs[1].Id },
            new TenantCaller { Name = "consultant-without-organization", Kind = CallerKind.User, OwnerId = consultant.UserId, Credential = token },
        ];
    }

    private static async Task SeedAsync(TenantWorld world, int seed)
    {
        var bodies = new BodyFactory(world, new Random(seed));
        var ledger = new RecordLedger(world);
        foreach (var step in world.Sample.Seeds)
        {
            foreach (var org in world.Orgs)
            {
                var caller = org.Members[step.Persona];
                var table = world.Definition.Tables.Single(t => t.Name == step.Table);
                for (var i = 0; i < step.Count; i++)
                {
                    var body = bodies.Create(table, caller, hostile: false, complete: true);
                    var response = await world.SendAsync(caller, HttpMethod.Post, "/" + table.Name, body);
                    var row = await Expect.StatusAsync(response, 201);
                    ledger.Register(new PlannedRequest(Operation.Create, table.Name, caller, HttpMethod.Post, "/" + table.Name, body), row, body);
                }
            }
        }
    }
}
