using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Export.E2E;

/// <summary>Users, organizations and members of one running API, made over HTTP as a client would.</summary>
public sealed class Accounts(ExportedApp app, string basePath)
{
    public const string Password = "correct horse battery";

    public Persona Anonymous() => new(LoopbackClients.Create(app.BaseAddress), basePath, "", "", null, null);

    public async Task<Persona> SignUpAsync(string email)
    {
        var client = LoopbackClients.Create(app.BaseAddress);
        var body = await Expect.StatusAsync(await client.PostAsJsonAsync($"{basePath}/auth/signup", new { email, password = Password }), 201);
        return new Persona(client, basePath, email, body["user"]!["id"]!.GetValue<string>(), body["accessToken"]!.GetValue<string>(), null);
    }

    public async Task<Persona> SignInAsync(Persona user, string orgId)
    {
        var response = await user.Client.PostAsJsonAsync($"{basePath}/auth/signin", new { email = user.Email, password = Password, organizationId = orgId });
        var body = await Expect.StatusAsync(response, 200);
        return new Persona(user.Client, basePath, user.Email, user.UserId, body["accessToken"]!.GetValue<string>(), orgId);
    }

    /// <summary>A new organization, and its creator (who holds the top role) signed in to it.</summary>
    public async Task<(string OrgId, Persona Owner)> OrganizationAsync(string name)
    {
        var owner = await SignUpAsync($"owner-{Guid.NewGuid():N}@{name}.test");
        var created = await Expect.StatusAsync(await owner.PostAsync("/organizations", new { name }), 201);
        var orgId = created["id"]!.GetValue<string>();
        return (orgId, await SignInAsync(owner, orgId));
    }

    /// <summary>A new user added to the organization with <paramref name="role"/>, signed in to it.</summary>
    public async Task<Persona> MemberAsync(string orgId, Persona owner, string role)
    {
        var user = await SignUpAsync($"{role}-{Guid.NewGuid():N}@example.test");
        await Expect.StatusAsync(await owner.PostAsync($"/organizations/{orgId}/members", new { email = user.Email, role }), 201);
        return await SignInAsync(user, orgId);
    }

    public static async Task<string> IdOf(HttpResponseMessage response, int status = 201) =>
        (await Expect.StatusAsync(response, status))["id"]!.GetValue<string>();

    public static JsonArray Data(JsonObject list) => list["data"]!.AsArray();
}
