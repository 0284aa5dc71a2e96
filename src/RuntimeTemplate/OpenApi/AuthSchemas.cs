using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Schemas of the runtime's own routes, shaped as their handlers answer (SignInResponse, MeResponse,
/// OrganizationView, MemberView, ApiKeyView, CreatedApiKeyView, serialized in camelCase).
/// </summary>
internal static class AuthSchemas
{
    public const string User = "AuthUser";
    public const string SignUp = "AuthSignUp";
    public const string SignIn = "AuthSignIn";
    public const string Refresh = "AuthRefresh";
    public const string SignOut = "AuthSignOut";
    public const string Session = "AuthSession";
    public const string Me = "AuthMe";
    public const string Organization = "Organization";
    public const string OrganizationCreate = "OrganizationCreate";
    public const string Member = "OrganizationMember";
    public const string MemberCreate = "OrganizationMemberCreate";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyCreate = "ApiKeyCreate";
    public const string ApiKeyCreated = "ApiKeyCreated";
    public const string Health = "Health";

    public static void Add(OpenApiContext context)
    {
        foreach (var name in new[] { User, SignUp, SignIn, Refresh, SignOut, Session, Me, Organization, OrganizationCreate, Member, MemberCreate, ApiKey, ApiKeyCreate, ApiKeyCreated, Health })
        {
            context.ComponentNames.Claim(name);
        }

        var definition = context.Definition;
        var project = context.Project;
        var roles = OrganizationRoles.Declared(definition).Order(StringComparer.Ordinal).ToList();
        JsonObject Role(string description) => new() { ["type"] = "string", ["enum"] = JsonArrays.Of(roles), ["description"] = description };
        var schemas = context.Schemas;
        schemas[User] = Object(["id", "email", "name", "createdAt"], new JsonObject
        {
            ["id"] = Text("The user's id (a uuid): what owner columns hold."),
            ["email"] = new JsonObject { ["type"] = "string", ["format"] = "email", ["description"] = "Trimmed and lower-cased." },
            ["name"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["createdAt"] = DateTime(),
        });
        schemas[SignUp] = Object(["email", "password"], new JsonObject
        {
            ["email"] = new JsonObject { ["type"] = "string", ["format"] = "email", ["maxLength"] = EmailAddresses.MaximumLength },
            ["password"] = Password(),
            ["name"] = new JsonObject { ["type"] = "string", ["maxLength"] = 200 },
        });
        schemas[SignIn] = Object(["email", "password"], new JsonObject
        {
            ["email"] = new JsonObject { ["type"] = "string", ["format"] = "email" },
            ["password"] = new JsonObject { ["type"] = "string", ["writeOnly"] = true },
            ["organizationId"] = Text("The organization to act in, one of the user's; without it a user of exactly one organization acts in that one."),
        });
        schemas[Refresh] = Object(["refreshToken"], new JsonObject
        {
            ["refreshToken"] = new JsonObject { ["type"] = "string", ["writeOnly"] = true, ["description"] = "Valid once: reusing a spent one revokes its whole sign-in." },
            ["organizationId"] = Text("Switch the active organization while refreshing."),
        });
        schemas[SignOut] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["refreshToken"] = new JsonObject { ["type"] = "string", ["writeOnly"] = true, ["description"] = "Signs out the sign-in of this refresh token, without other credentials." },
            },
        };
        schemas[Session] = Object(["accessToken", "refreshToken", "expiresIn", "tokenType", "user", "activeOrganizationId"], new JsonObject
        {
            ["accessToken"] = Text($"Send as `Authorization: Bearer <token>`; valid {project.AccessTokenLifetimeMinutes} minutes."),
            ["refreshToken"] = Text($"Exchange at `POST auth/refresh` for a new pair; the sign-in lasts {project.SessionLifetimeDays} days."),
            ["expiresIn"] = new JsonObject { ["type"] = "integer", ["description"] = "Seconds until the access token expires." },
            ["tokenType"] = new JsonObject { ["const"] = AuthEndpoints.TokenType },
            ["user"] = OpenApiContext.SchemaRef(User),
            ["activeOrganizationId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
        });
        schemas[Me] = Object(["kind", "memberships", "roles", "scopes"], new JsonObject
        {
            ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of("user", "publishableKey", "secretKey") },
            ["user"] = new JsonObject { ["anyOf"] = new JsonArray(OpenApiContext.SchemaRef(User), new JsonObject { ["type"] = "null" }) },
            ["memberships"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(["organizationId", "organizationName", "role"], new JsonObject
                {
                    ["organizationId"] = new JsonObject { ["type"] = "string" },
                    ["organizationName"] = new JsonObject { ["type"] = "string" },
                    ["role"] = Role("The user's role there."),
                }),
            },
            ["activeOrganizationId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["roles"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The caller's roles in the active organization." },
            ["apiKeyId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["scopes"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["environment"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
        });
        schemas[Organization] = Object(["id", "name", "role", "createdAt"], new JsonObject
        {
            ["id"] = Text($"What organization columns hold, and {ActiveOrganization.Header} names."),
            ["name"] = new JsonObject { ["type"] = "string" },
            ["role"] = Role("The caller's role in it."),
            ["createdAt"] = DateTime(),
        });
        schemas[OrganizationCreate] = Object(["name"], new JsonObject { ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = 200 } });
        schemas[Member] = Object(["userId", "email", "name", "role", "joinedAt"], new JsonObject
        {
            ["userId"] = new JsonObject { ["type"] = "string" },
            ["email"] = new JsonObject { ["type"] = "string", ["format"] = "email" },
            ["name"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["role"] = Role("The member's role."),
            ["joinedAt"] = DateTime(),
        });
        schemas[MemberCreate] = Object(["email", "role"], new JsonObject
        {
            ["email"] = new JsonObject { ["type"] = "string", ["format"] = "email", ["description"] = "A user who has signed up." },
            ["role"] = Role("No higher than the caller's own role."),
        });
        var environments = JsonArrays.Of(project.Environments);
        schemas[ApiKey] = Object(["id", "kind", "prefix", "masked", "scopes", "environment", "expiresAt", "revokedAt", "createdAt", "createdBy"], new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string" },
            ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of("publishable", "secret") },
            ["prefix"] = Text("The key's first characters, enough to recognise it."),
            ["masked"] = Text("The prefix and a mask for the rest."),
            ["scopes"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string" },
                ["description"] = "`{table}:{operation}` with `*` on either side; `read` covers list and get; an action's name is an operation.",
            },
            ["environment"] = new JsonObject { ["type"] = "string", ["enum"] = environments.DeepClone() },
            ["expiresAt"] = DateTime(nullable: true),
            ["revokedAt"] = DateTime(nullable: true),
            ["createdAt"] = DateTime(),
            ["createdBy"] = Text("The user who created the key; a publishable key acts with this user's role."),
        });
        schemas[ApiKeyCreate] = Object(["kind", "scopes", "environment"], new JsonObject
        {
            ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of("publishable", "secret") },
            ["scopes"] = new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["maxItems"] = 100,
                ["items"] = new JsonObject { ["type"] = "string", ["maxLength"] = 200 },
                ["examples"] = new JsonArray(JsonArrays.Of("*:*")),
            },
            ["environment"] = new JsonObject { ["type"] = "string", ["enum"] = environments.DeepClone() },
            ["expiresAt"] = DateTime(nullable: true),
        });
        schemas[ApiKeyCreated] = Object(["key", "apiKey"], new JsonObject
        {
            ["key"] = Text("The whole key, shown this once: only its hash is stored."),
            ["apiKey"] = OpenApiContext.SchemaRef(ApiKey),
        });
        schemas[Health] = Object(["status"], new JsonObject
        {
            ["status"] = new JsonObject { ["type"] = "string", ["enum"] = JsonArrays.Of("ok", "degraded", "unhealthy") },
            ["checks"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
        });
    }

    private static JsonObject Password() => new()
    {
        ["type"] = "string",
        ["writeOnly"] = true,
        ["minLength"] = Passwords.MinimumLength,
        ["maxLength"] = Passwords.MaximumLength,
    };

    private static JsonObject Object(string[] required, JsonObject properties) => new()
    {
        ["type"] = "object",
        ["required"] = JsonArrays.Of(required),
        ["properties"] = properties,
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject DateTime(bool nullable = false) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["format"] = "date-time",
    };
}
