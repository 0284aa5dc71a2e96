using ApiStudio.Runtime.Errors;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// The one credential a request presents. The Authorization header wins over X-API-Key, which wins over the
/// cookie; the others are ignored, so a browser's stale cookie never overrides an explicit token.
/// </summary>
public sealed record PresentedCredential(CredentialSource Source, string Value)
{
    public const string ApiKeyHeader = "X-API-Key";
    private const string BearerPrefix = "Bearer ";

    public static PresentedCredential None { get; } = new(CredentialSource.None, "");

    /// <summary>Reads the request's credential; a header that is present but unusable is an error, not an absence.</summary>
    public static PresentedCredential From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                // Name a scheme word such as Basic, but never echo what could be a credential sent without one.
                var scheme = authorization.Split(' ', 2)[0];
                var named = scheme.Length <= 16 && scheme.All(char.IsAsciiLetter) ? $"the '{scheme}' scheme" : "no Bearer scheme";
                throw new ApiException(ApiErrors.AuthInvalidToken(
                    $"the Authorization header uses {named}; send 'Bearer <token>'"));
            }

            var value = authorization[BearerPrefix.Length..].Trim();
            if (value.Length == 0)
            {
                throw new ApiException(ApiErrors.AuthInvalidToken("the Authorization header carries an empty bearer token"));
            }

            return new(ApiKeys.ApiKeyFormat.LooksLikeKey(value) ? CredentialSource.BearerApiKey : CredentialSource.BearerToken, value);
        }

        var apiKey = request.Headers[ApiKeyHeader].ToString().Trim();
        if (apiKey.Length > 0)
        {
            if (!ApiKeys.ApiKeyFormat.LooksLikeKey(apiKey))
            {
                throw new ApiException(ApiErrors.AuthInvalidToken("the X-API-Key header must hold a pk_ or sk_ key"));
            }

            return new(CredentialSource.HeaderApiKey, apiKey);
        }

        return SessionCookie.Read(request) is { Length: > 0 } cookie ? new(CredentialSource.SessionCookie, cookie) : None;
    }

    // An attacker-chosen header value is echoed in the error; keep it short.
    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
