using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// The browser session cookie: an opaque token, HttpOnly so scripts cannot read it, SameSite=Lax so other
/// sites cannot send it with their forms' POSTs, Secure whenever the request came over https.
/// </summary>
public static class SessionCookie
{
    public const string Name = "api_session";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Append(HttpContext context, string token, DateTime expiresAt) =>
        context.Response.Cookies.Append(Name, token, Options(context, expiresAt));

    public static void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, null));

    private static CookieOptions Options(HttpContext context, DateTime? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        Expires = expiresAt is null ? null : new DateTimeOffset(expiresAt.Value, TimeSpan.Zero),
    };
}
