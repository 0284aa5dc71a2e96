using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ApiStudio.Export.E2E;

/// <summary>A caller of an exported API from its own loopback address; paths are relative to the base path.</summary>
public sealed class Persona(HttpClient client, string basePath, string email, string userId, string? token, string? orgId)
{
    public HttpClient Client { get; } = client;

    public string Email { get; } = email;

    public string UserId { get; } = userId;

    public string? Token { get; } = token;

    public string? OrgId { get; } = orgId;

    public Persona WithToken(string? token) => new(Client, basePath, Email, UserId, token, OrgId);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PatchAsync(string path, object? body) => SendAsync(HttpMethod.Patch, path, body);

    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, null, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, basePath + path) { Content = content ?? (body is null ? null : JsonContent.Create(body)) };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return Client.SendAsync(request);
    }
}
