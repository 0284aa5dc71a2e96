using System.Net.Http.Headers;

namespace ApiStudio.RuntimeBench.Load;

/// <summary>A server under load: its base URL and a client that keeps one connection per worker and sends the bearer token.</summary>
public sealed class Target : IDisposable
{
    public Target(string name, string baseUrl, string accessToken, int connections)
    {
        Name = name;
        BaseUrl = baseUrl;
        Client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    public string Name { get; }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
