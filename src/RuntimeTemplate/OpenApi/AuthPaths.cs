using System.Globalization;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Requests;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The runtime's own routes under the base path (sign-up, sign-in, refresh, sign-out, the caller,
/// organizations with their members and API keys) and <c>/health</c> outside it, with the errors their
/// handlers throw.
/// </summary>
internal static class AuthPaths
{
    public const string AuthTag = "auth";
    public const string OrganizationsTag = "organizations";
    public const string HealthTag = "health";

    public static void Add(OpenApiContext context, JsonObject paths)
    {
        var definition = context.Definition;
        var project = context.Project;
        var administrators = OrganizationRoles.Administrators(definition).Order(StringComparer.Ordinal).ToList();
        var declared = OrganizationRoles.Declared(definition).Order(StringComparer.Ordinal).ToList();
        var anyone = AccessSummary.Custom("PUBLIC: no sign-in", isPublic: true);
        var users = AccessSummary.Custom("signed-in users (not API keys)");
        var managers = AccessSummary.Custom($"roles: {string.Join(", ", administrators)} in that organization (signed-in users, not API keys)", roles: administrators);
        var members = AccessSummary.Custom("members of that organization, any role (signed-in users, not API keys)", roles: declared);
        var userCredentials = new JsonArray(new JsonObject { [SecuritySchemes.Bearer] = new JsonArray() }, new JsonObject { [SecuritySchemes.Cookie] = new JsonArray() });

        var credentials = new JsonObject { ["email"] = "ann@example.com", ["password"] = "correct horse battery staple" };
        var signInLimited = ApiErrors.AuthRateLimited(project.RateLimits.WindowSeconds);
        var tooLarge = ApiErrors.BodyTooLarge(JsonBody.MaxBytes);
        var malformed = LayerProbe.MalformedBody();
        var internalError = ApiErrors.Internal(new TimeoutException("Connection terminated unexpectedly"), project.ExposeErrorStack);
        ApiError[] credentialErrors = [ApiErrors.AuthMissing(), InvalidToken(), ApiErrors.AuthExpired()];
        var keyRefused = ApiErrors.AccessRoleRequired([CallerRequirements.SignedInUser], ["secret key"]);
        var notManager = ApiErrors.AccessRoleRequired(administrators, []);
        ApiError Limited(string kind, int limit) => ApiErrors.RateLimited(project.RateLimits.WindowSeconds, limit, kind);

        var routes = new List<AuthRoute>
        {
            new("POST", "/auth/signup", "signUp", AuthTag, "Create a user and sign in", anyone)
            {
                Description = $"Answers the new sign-in's tokens and sets the `{SessionCookie.Name}` cookie for browsers.",
                Security = [],
                RequestSchema = AuthSchemas.SignUp,
                SampleBody = credentials,
                SuccessStatus = 201,
                SuccessDescription = "The new user, signed in.",
                SuccessSchema = AuthSchemas.Session,
                Errors =
                [
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["email"] = EmailAddresses.Problem("ann@") ?? "is not an email address" }),
                    malformed, tooLarge, ApiErrors.AuthEmailTaken(), signInLimited, internalError,
                ],
            },
            new("POST", "/auth/signin", "signIn", AuthTag, "Sign in with email and password", anyone)
            {
                Description = $"Answers an access token and a refresh token, and sets the `{SessionCookie.Name}` cookie for browsers.",
                Security = [],
                RequestSchema = AuthSchemas.SignIn,
                SampleBody = credentials,
                SuccessDescription = "Signed in.",
                SuccessSchema = AuthSchemas.Session,
                Errors =
                [
                    ApiErrors.AuthInvalidCredentials(),
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["password"] = "is required" }),
                    malformed, tooLarge,
                    ActiveOrganization.Refused(ExampleValues.OtherId, $"the caller is not a member of organization '{ExampleValues.OtherId}'"),
                    signInLimited, internalError,
                ],
            },
            new("POST", "/auth/refresh", "refreshSession", AuthTag, "Exchange a refresh token for a new pair", anyone)
            {
                Security = [],
                RequestSchema = AuthSchemas.Refresh,
                SampleBody = new JsonObject { ["refreshToken"] = "rt_9f2c1e7a4b" },
                SuccessDescription = "A new access token and refresh token; the old refresh token is spent.",
                SuccessSchema = AuthSchemas.Session,
                Errors =
                [
                    ApiErrors.AuthInvalidToken("the refresh token was already used; its session has been revoked because reuse suggests the token was copied"),
                    ApiErrors.AuthExpired(),
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["refreshToken"] = "is required" }),
                    malformed, tooLarge,
                    ActiveOrganization.Refused(ExampleValues.OtherId, $"the caller is not a member of organization '{ExampleValues.OtherId}'"),
                    signInLimited, internalError,
                ],
            },
            new("POST", "/auth/signout", "signOut", AuthTag, "End a sign-in", AccessSummary.Custom("signed-in users (not API keys), or anyone holding the sign-in's refresh token"))
            {
                Description = "Ends the sign-in of the request's access token or cookie, or of the refresh token in the body.",
                Security = [new JsonObject { [SecuritySchemes.Bearer] = new JsonArray() }, new JsonObject { [SecuritySchemes.Cookie] = new JsonArray() }, new JsonObject()],
                RequestSchema = AuthSchemas.SignOut,
                RequestOptional = true,
                SuccessStatus = 204,
                SuccessDescription = "Signed out: the refresh token, the access tokens and the session cookie of that sign-in no longer work.",
                Errors = [.. credentialErrors, ApiErrors.AuthInvalidToken("unknown refresh token"), keyRefused, malformed, Limited("delete", project.RateLimits.Delete), internalError],
            },
            new("GET", "/auth/me", "getMe", AuthTag, "Who the request is authenticated as", AccessSummary.Custom("any authenticated caller: a user or an API key"))
            {
                SuccessDescription = "The caller: a user with memberships, or an API key with its scopes and environment.",
                SuccessSchema = AuthSchemas.Me,
                Errors = [.. credentialErrors, Limited("read", project.RateLimits.Read), internalError],
            },
            new("POST", "/organizations", "createOrganization", OrganizationsTag, "Create an organization", users)
            {
                Description = $"The caller becomes its member with the top role ({OrganizationRoles.Top(definition)}).",
                Security = userCredentials,
                RequestSchema = AuthSchemas.OrganizationCreate,
                SampleBody = new JsonObject { ["name"] = "Acme" },
                SuccessStatus = 201,
                SuccessDescription = "The new organization.",
                SuccessSchema = AuthSchemas.Organization,
                Errors =
                [
                    .. credentialErrors, keyRefused,
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["name"] = "is required" }),
                    malformed, tooLarge, Limited("create", project.RateLimits.Create), internalError,
                ],
            },
            new("GET", "/organizations", "listOrganizations", OrganizationsTag, "The caller's organizations", users)
            {
                Security = userCredentials,
                SuccessDescription = "Every organization the caller belongs to, with the caller's role, by name.",
                SuccessSchema = AuthSchemas.Organization,
                SuccessIsList = true,
                Errors = [.. credentialErrors, keyRefused, Limited("read", project.RateLimits.Read), internalError],
            },
            new("POST", "/organizations/{id}/members", "addOrganizationMember", OrganizationsTag, "Add a member with a role", managers)
            {
                Description = "The role may not rank above the caller's own. Non-members get the same 403 whether the organization exists or not.",
                Security = userCredentials,
                RequestSchema = AuthSchemas.MemberCreate,
                SampleBody = new JsonObject { ["email"] = "bob@example.com", ["role"] = "owner-of-everything" },
                SuccessStatus = 201,
                SuccessDescription = "The new member.",
                SuccessSchema = AuthSchemas.Member,
                Errors =
                [
                    .. credentialErrors, notManager,
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["role"] = $"'owner-of-everything' is not a role of this API; use one of [{string.Join(", ", declared)}]" }),
                    malformed, tooLarge, ApiErrors.DbUniqueViolation("email"), Limited("create", project.RateLimits.Create), internalError,
                ],
            },
            new("GET", "/organizations/{id}/members", "listOrganizationMembers", OrganizationsTag, "The organization's members", members)
            {
                Security = userCredentials,
                SuccessDescription = "Every member and role, by email.",
                SuccessSchema = AuthSchemas.Member,
                SuccessIsList = true,
                Errors = [.. credentialErrors, ApiErrors.AccessRoleRequired(declared, []), Limited("read", project.RateLimits.Read), internalError],
            },
            new("POST", "/organizations/{id}/api-keys", "createApiKey", OrganizationsTag, "Create an API key", managers)
            {
                Description = "The answer holds the whole key, once; afterwards only its prefix is shown.",
                Security = userCredentials,
                RequestSchema = AuthSchemas.ApiKeyCreate,
                SampleBody = new JsonObject { ["kind"] = "secret", ["scopes"] = JsonArrays.Of("*:archive"), ["environment"] = project.Environments.FirstOrDefault() ?? "dev" },
                SuccessStatus = 201,
                SuccessDescription = "The new key, in full this once.",
                SuccessSchema = AuthSchemas.ApiKeyCreated,
                Errors =
                [
                    .. credentialErrors, notManager,
                    ApiErrors.ValidationFailed(new Dictionary<string, string> { ["scopes"] = ApiKeyScopes.Problem(definition, "*:archive") ?? "names no operation" }),
                    malformed, tooLarge, Limited("create", project.RateLimits.Create), internalError,
                ],
            },
            new("GET", "/organizations/{id}/api-keys", "listApiKeys", OrganizationsTag, "The organization's API keys", managers)
            {
                Security = userCredentials,
                SuccessDescription = "Every key, masked, newest first.",
                SuccessSchema = AuthSchemas.ApiKey,
                SuccessIsList = true,
                Errors = [.. credentialErrors, notManager, Limited("read", project.RateLimits.Read), internalError],
            },
            new("DELETE", "/organizations/{id}/api-keys/{keyId}", "revokeApiKey", OrganizationsTag, "Revoke an API key", managers)
            {
                Security = userCredentials,
                SuccessStatus = 204,
                SuccessDescription = "Revoked: requests with the key answer 401. Revoking a revoked key changes nothing.",
                Errors = [.. credentialErrors, notManager, ApiErrors.HiddenNotFound(), Limited("delete", project.RateLimits.Delete), internalError],
            },
        };

        foreach (var route in routes)
        {
            if (paths[route.Path] is not JsonObject item)
            {
                item = [];
                paths[route.Path] = item;
            }

            item[route.Method.ToLowerInvariant()] = Operation(context, route);
        }
    }

    public static void AddHealth(OpenApiContext context, JsonObject paths) => paths["/health"] = new JsonObject
    {
        ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The host's root: health lives outside the base path." }),
        ["get"] = new JsonObject
        {
            ["operationId"] = context.OperationIds.Claim("getHealth"),
            ["tags"] = JsonArrays.Of(HealthTag),
            ["summary"] = "Whether the API and its database answer",
            ["description"] = "**Who may call it:** PUBLIC: no sign-in.",
            ["x-access"] = AccessSummary.Custom("PUBLIC: no sign-in", isPublic: true).ToJson(),
            ["security"] = new JsonArray(),
            ["responses"] = new JsonObject
            {
                ["200"] = Health("Healthy: `{\"status\":\"ok\"}`."),
                ["503"] = Health("Unhealthy: a check (the database) failed; `checks` says which."),
            },
        },
    };

    private static JsonObject Health(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = OpenApiContext.SchemaRef(AuthSchemas.Health) } },
    };

    private static ApiError InvalidToken() =>
        ApiErrors.AuthInvalidToken("the sign-in this access token belongs to has been signed out, revoked or has ended");

    private static JsonObject Operation(OpenApiContext context, AuthRoute route)
    {
        var description = $"**Who may call it:** {route.Access.Summary}.";
        var json = new JsonObject
        {
            ["operationId"] = context.OperationIds.Claim(route.OperationId),
            ["tags"] = JsonArrays.Of(route.Tag),
            ["summary"] = route.Summary,
            ["description"] = route.Description is null ? description : route.Description + "\n\n" + description,
            ["x-access"] = route.Access.ToJson(),
        };
        if (route.Security is { } security)
        {
            json["security"] = security.DeepClone();
        }

        var parameters = new JsonArray();
        foreach (var name in new[] { "id", "keyId" }.Where(n => route.Path.Contains("{" + n + "}", StringComparison.Ordinal)))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["description"] = name == "id" ? "The organization's id." : "The API key's id.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        if (parameters.Count > 0)
        {
            json["parameters"] = parameters;
        }

        if (route.RequestSchema is { } request)
        {
            json["requestBody"] = new JsonObject
            {
                ["required"] = !route.RequestOptional,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = OpenApiContext.SchemaRef(request) } },
            };
        }

        var success = new JsonObject { ["description"] = route.SuccessDescription };
        if (route.SuccessSchema is { } schema)
        {
            JsonNode body = route.SuccessIsList
                ? new JsonObject { ["type"] = "array", ["items"] = OpenApiContext.SchemaRef(schema) }
                : OpenApiContext.SchemaRef(schema);
            success["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } };
        }

        var responses = new JsonObject { [route.SuccessStatus.ToString(CultureInfo.InvariantCulture)] = success };
        var url = context.Project.BasePath.TrimEnd('/') + route.Path
            .Replace("{id}", ExampleValues.OtherId, StringComparison.Ordinal)
            .Replace("{keyId}", "key_7d1e", StringComparison.Ordinal);
        var echo = new RequestEcho(route.Method, url, BodyRedaction.Redact(route.SampleBody), ExampleValues.RequestId);
        ErrorResponses.AddTo(context, responses, route.Errors.Select(e => new ErrorCase(e, e.Code == ErrorCodes.ValidationMalformedJson ? echo with { Body = LayerProbe.NotAnObject } : echo)));
        json["responses"] = responses;
        return json;
    }
}
