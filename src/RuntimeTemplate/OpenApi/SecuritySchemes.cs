using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The three ways to authenticate: a bearer access token, an API key header, the browser's session cookie.</summary>
internal static class SecuritySchemes
{
    public const string Bearer = "bearerAuth";
    public const string ApiKey = "apiKey";
    public const string Cookie = "sessionCookie";

    public const string ApiKeyHeader = "X-API-Key";

    public static JsonObject Schemes(OpenApiContext context) => new()
    {
        [Bearer] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = $"An access token from `POST auth/signin` or `POST auth/refresh`, valid {context.Project.AccessTokenLifetimeMinutes} minutes. "
                + "An expired token answers 401 `AUTH_EXPIRED`: exchange the refresh token for a new pair.",
        },
        [ApiKey] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "header",
            ["name"] = ApiKeyHeader,
            ["description"] = "An API key of an organization, `pk_` or `sk_` and 64 hex characters. A secret key (`sk_`) acts as the organization's "
                + "admin and skips record conditions; a publishable key (`pk_`), made to ship to browsers, only reads (list, get, views) and acts with the least privileged role"
                + (OrganizationRoles.Base(context.Definition) is { } role ? $" (`{role}`)" : "") + ". Keys belong to one "
                + $"environment ({string.Join(", ", context.Project.Environments)}) and carry scopes `{{table}}:{{operation}}` (`{{table}}:read` covers list, get and views).",
        },
        [Cookie] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "cookie",
            ["name"] = SessionCookie.Name,
            ["description"] = $"The browser session set by `POST auth/signin`, valid {context.Project.SessionLifetimeDays} days.",
        },
    };

    /// <summary>Any one of the three admits a caller.</summary>
    public static JsonArray AnyOf() => new(
        new JsonObject { [Bearer] = new JsonArray() },
        new JsonObject { [ApiKey] = new JsonArray() },
        new JsonObject { [Cookie] = new JsonArray() });
}
