using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Authentication.Requests;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Organizations;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.ApiKeys;

/// <summary>
/// <c>organizations/{id}/api-keys</c>: create (the key is returned once), list (masked) and revoke. Only the
/// organization's managing roles, signed in as users, manage keys: a key can never mint another key.
/// </summary>
internal static class ApiKeyEndpoints
{
    private const int MaxScopes = 100;
    private const int ScopeLength = 200;

    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder group)
    {
        var keys = group.MapGroup("organizations/{id}/api-keys").WithTags("API keys");
        keys.MapPost("", CreateAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Create));
        keys.MapRead("", ListAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Read));
        keys.MapDelete("{keyId}", RevokeAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Delete));
        return group;
    }

    public static async Task<Created<CreatedApiKeyView>> CreateAsync(string id, HttpContext context, AuthStore store, RuntimeOptions options)
    {
        var administrator = await OrganizationAccess.RequireAdministratorAsync(context, store, options, id);
        var body = await JsonBody.ReadAsync(context);
        var kindName = body.RequiredString("kind", 32);
        var scopes = body.RequiredStringArray("scopes", MaxScopes, ScopeLength);
        var environment = body.RequiredString("environment", 64);
        var expiresAt = body.OptionalTimestamp("expiresAt");
        var now = options.Clock.GetUtcNow().UtcDateTime;

        var kind = kindName is null ? null : ApiKeyKinds.FromRequestName(kindName);
        if (kindName is not null && kind is null)
        {
            body.Fail("kind", "must be \"publishable\" or \"secret\"");
        }

        foreach (var problem in (scopes ?? []).Select(s => ApiKeyScopes.Problem(options.Definition, s)).OfType<string>())
        {
            body.Fail("scopes", problem);
        }

        // A publishable key ends up in browsers: it may only read, so a scope promising more is refused here, not at first use.
        if (kind == ApiKeyKinds.Publishable)
        {
            foreach (var problem in (scopes ?? []).Select(ApiKeyScopes.PublishableProblem).OfType<string>())
            {
                body.Fail("scopes", problem);
            }
        }

        var environments = options.Definition.Project.Environments;
        if (environment is not null && !environments.Contains(environment, StringComparer.Ordinal))
        {
            body.Fail("environment", $"'{environment}' is not an environment of this API; use one of [{string.Join(", ", environments)}]");
        }

        if (expiresAt <= now)
        {
            body.Fail("expiresAt", "must be in the future");
        }

        body.ThrowIfInvalid();
        var generated = ApiKeyFormat.Generate(kind!);
        var key = new AuthApiKey
        {
            Id = Guid.NewGuid().ToString(),
            OrganizationId = id,
            CreatedBy = administrator.UserId,
            Kind = kind!,
            DisplayPrefix = generated.DisplayPrefix,
            KeyHash = generated.Hash,
            Scopes = string.Join(' ', scopes!.Distinct(StringComparer.Ordinal)),
            Environment = environment!,
            ExpiresAt = expiresAt,
            CreatedAt = now,
        };
        store.ApiKeys.Add(key);
        await store.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Created((string?)null, new CreatedApiKeyView(generated.Value, ApiKeyView.From(key)));
    }

    public static async Task<Ok<List<ApiKeyView>>> ListAsync(string id, HttpContext context, AuthStore store, RuntimeOptions options)
    {
        await OrganizationAccess.RequireAdministratorAsync(context, store, options, id);
        var keys = await store.ApiKeys.AsNoTracking().Where(k => k.OrganizationId == id).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(keys.OrderByDescending(k => k.CreatedAt).Select(ApiKeyView.From).ToList());
    }

    /// <summary>Revokes a key of the organization; revoking a revoked key is harmless and keeps the first revocation time.</summary>
    public static async Task<NoContent> RevokeAsync(string id, string keyId, HttpContext context, AuthStore store, RuntimeOptions options)
    {
        await OrganizationAccess.RequireAdministratorAsync(context, store, options, id);
        var key = await store.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.OrganizationId == id, context.RequestAborted)
            ?? throw new ApiException(ApiErrors.HiddenNotFound());
        key.RevokedAt ??= options.Clock.GetUtcNow().UtcDateTime;
        await store.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }
}
