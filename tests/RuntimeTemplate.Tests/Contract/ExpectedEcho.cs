namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>The <c>request</c> block an error body must carry, without its requestId (that is the X-Request-Id header's).</summary>
public sealed record ExpectedEcho(string Method, string Url, string? Body = null)
{
    public static ExpectedEcho Get(string url) => new("GET", url);

    public static ExpectedEcho Post(string url, string? body) => new("POST", url, body);

    public static ExpectedEcho Patch(string url, string? body) => new("PATCH", url, body);

    public static ExpectedEcho Delete(string url, string? body = null) => new("DELETE", url, body);
}
