using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Organizations;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Turns a request's credential into a <see cref="CallerIdentity"/>, or stops the request with a 401 that
/// says in <c>details.reason</c> what was wrong. No credential at all yields the anonymous caller.
/// </summary>
public sealed class CallerResolver(AuthStore store, AccessTokens tokens, RuntimeOptions options)
{
    public async Task<ResolvedCaller> ResolveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var credential = PresentedCredential.From(context.Request);
        var requestedOrg = ActiveOrganization.Requested(context.Request);
        var cancel = context.RequestAborted;
        return credential.Source switch
        {
            CredentialSource.BearerToken => await FromAccessTokenAsync(credential.Value, requestedOrg, cancel),
            CredentialSource.BearerApiKey or CredentialSource.HeaderApiKey => await FromApiKeyAsync(credential.Value, requestedOrg, cancel),
            CredentialSource.SessionCookie => await FromCookieAsync(context, credential.Value, requestedOrg, cancel),
            _ => new ResolvedCaller(CallerIdentity.Anonymous, null, "no credentials", "the request carries no credentials; it continues as an anonymous caller"),
        };
    }

    private async Task<ResolvedCaller> FromAccessTokenAsync(string token, string? requestedOrg, CancellationToken cancel)
    {
        var check = await tokens.CheckAsync(token);
        if (check.Expired)
        {
            throw new ApiException(ApiErrors.AuthExpired());
        }

        var claims = check.Claims ?? throw new ApiException(ApiErrors.AuthInvalidToken(check.Problem ?? "the access token is invalid"));
        var now = Now;
        var chainAlive = await store.Sessions.AsNoTracking()
            .AnyAsync(s => s.ChainId == claims.ChainId && s.RevokedAt == null && s.UsedAt == null && s.ExpiresAt > now, cancel);
        if (!chainAlive)
        {
            throw new ApiException(ApiErrors.AuthInvalidToken("the sign-in this access token belongs to has been signed out, revoked or has ended"));
        }

        var membership = await ActiveOrganization.ResolveAsync(store, claims.UserId, requestedOrg, claims.OrganizationId, cancel);
        var caller = UserCaller(claims.UserId, claims.Email, membership);
        return new ResolvedCaller(caller, claims.ChainId, "bearer access token", "valid access token of " + caller.Describe());
    }

    private async Task<ResolvedCaller> FromCookieAsync(HttpContext context, string token, string? requestedOrg, CancellationToken cancel)
    {
        var hash = OpaqueTokens.Hash(token);
        var session = await store.Sessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.TokenHash == hash && s.Kind == AuthSessionKind.Cookie, cancel);
        if (session is null || session.RevokedAt is not null || session.ExpiresAt <= Now)
        {
            // A dead cookie would fail every later request too: tell the browser to drop it with this answer.
            SessionCookie.Delete(context);
            throw new ApiException(session switch
            {
                null => ApiErrors.AuthInvalidToken("the session cookie names no session of this API"),
                { RevokedAt: not null } => ApiErrors.AuthInvalidToken("the session cookie's session has been signed out or revoked"),
                _ => ApiErrors.AuthExpired(),
            });
        }

        var email = await store.Users.AsNoTracking().Where(u => u.Id == session.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancel);
        var membership = await ActiveOrganization.ResolveAsync(store, session.UserId, requestedOrg, session.ActiveOrganizationId, cancel);
        var caller = UserCaller(session.UserId, email, membership);
        return new ResolvedCaller(caller, session.ChainId, "session cookie", "valid session cookie of " + caller.Describe());
    }

    private async Task<ResolvedCaller> FromApiKeyAsync(string value, string? requestedOrg, CancellationToken cancel)
    {
        if (!ApiKeyFormat.IsWellFormed(value, out var kind))
        {
            throw new ApiException(ApiErrors.AuthInvalidToken(
                $"the API key is malformed: expected pk_ or sk_ followed by {ApiKeyFormat.HexLength} lower-case hex characters"));
        }

        var hash = ApiKeyFormat.Hash(value);
        var key = await store.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, cancel);
        var problem = key switch
        {
            null => "unknown API key",
            _ when key.Kind != kind => "unknown API key",
            { RevokedAt: not null } => "the API key has been revoked",
            { ExpiresAt: { } expiresAt } when expiresAt <= Now => $"the API key expired at {expiresAt:yyyy-MM-ddTHH:mm:ssZ}",
            _ when key.Environment != options.Environment =>
                $"the API key belongs to the '{key.Environment}' environment and this API serves '{options.Environment}'",
            _ => null,
        };
        if (problem is not null)
        {
            throw new ApiException(ApiErrors.AuthInvalidToken(problem));
        }

        if (requestedOrg is not null && requestedOrg != key!.OrganizationId)
        {
            throw new ApiException(ActiveOrganization.Refused(requestedOrg, "an API key acts only in the organization it was created for"));
        }

        var roles = await KeyRolesAsync(key!, cancel);
        var caller = new CallerIdentity
        {
            Kind = key!.Kind == ApiKeyKinds.Secret ? CallerKind.SecretKey : CallerKind.PublishableKey,
            UserId = key.CreatedBy,
            ActiveOrgId = key.OrganizationId,
            Roles = roles,
            ApiKeyId = key.Id,
            Scopes = key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Environment = key.Environment,
        };
        return new ResolvedCaller(caller, null, "API key",
            $"valid {(key.Kind == ApiKeyKinds.Secret ? "secret" : "publishable")} key {key.DisplayPrefix}… of environment '{key.Environment}' "
            + $"acting as [{string.Join(", ", roles)}] in org {key.OrganizationId}");
    }

    /// <summary>
    /// A secret key (server-side) acts as the organization's top role. A publishable key is made to be shipped to
    /// browsers, where anyone can read it, so it never carries its creator's role: it acts with the least privileged
    /// role (and may only read, see <c>ScopeCheck</c>). Removing the creator from the organization still ends it.
    /// </summary>
    private async Task<IReadOnlyList<string>> KeyRolesAsync(AuthApiKey key, CancellationToken cancel)
    {
        if (key.Kind == ApiKeyKinds.Secret)
        {
            return [OrganizationRoles.Top(options.Definition)];
        }

        if (await store.FindMembershipAsync(key.CreatedBy, key.OrganizationId, cancel) is null)
        {
            throw new ApiException(ApiErrors.AuthInvalidToken("the publishable key's creator is no longer a member of its organization"));
        }

        return OrganizationRoles.Base(options.Definition) is { } role ? [role] : [];
    }

    private static CallerIdentity UserCaller(string userId, string? email, AuthMembership? membership) => new()
    {
        Kind = CallerKind.User,
        UserId = userId,
        Email = email,
        ActiveOrgId = membership?.OrganizationId,
        Roles = membership is null ? [] : [membership.Role],
    };

    private DateTime Now => options.Clock.GetUtcNow().UtcDateTime;
}
