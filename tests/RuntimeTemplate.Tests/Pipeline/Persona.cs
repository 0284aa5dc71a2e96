using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ApiStudio.Runtime.Tests.Pipeline;

/// <summary>A caller of the test API: paths are relative to the base path, the token goes in every request.</summary>
public sealed record Persona(TestApi Api, string Email, string UserId, string? Token, string? OrgId, IReadOnlyList<string> Roles)
{
    public Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? configure = null) => SendAsync(HttpMethod.Get, path, null, configure);

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PatchAsync(string path, object? body) => SendAsync(HttpMethod.Patch, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public Task<HttpResponseMessage> PostRawAsync(string path, string body) =>
        SendAsync(HttpMethod.Post, path, null, r => r.Content = new StringContent(body, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, Api.Base + path);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        configure?.Invoke(request);
        return Api.Client.SendAsync(request);
    }
}
