using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Sign-in chains: starting one at sign-in (a refresh token and a cookie token), rotating the refresh token,
/// and revoking the whole chain at sign-out or when a spent refresh token comes back.
/// </summary>
public sealed class SessionChains(AuthStore store, AccessTokens tokens, RuntimeOptions options)
{
    private TimeSpan Lifetime => TimeSpan.FromDays(options.Definition.Project.SessionLifetimeDays);

    private DateTime Now => options.Clock.GetUtcNow().UtcDateTime;

    public async Task<IssuedSession> StartAsync(AuthUser user, string? organizationId, CancellationToken cancellationToken)
    {
        var chainId = Guid.NewGuid().ToString();
        var refreshToken = OpaqueTokens.New();
        var cookieToken = OpaqueTokens.New();
        var expiresAt = Now + Lifetime;
        store.Sessions.Add(NewRow(chainId, AuthSessionKind.Refresh, refreshToken, user.Id, organizationId, expiresAt));
        store.Sessions.Add(NewRow(chainId, AuthSessionKind.Cookie, cookieToken, user.Id, organizationId, expiresAt));
        await store.SaveChangesAsync(cancellationToken);
        var accessToken = tokens.Issue(new AccessTokenClaims(user.Id, user.Email, chainId, organizationId));
        return new IssuedSession(chainId, UserView.From(user), accessToken, refreshToken, cookieToken, expiresAt, organizationId);
    }

    /// <summary>
    /// Exchanges a refresh token for a new pair. The old token is spent; presenting it again revokes the chain,
    /// because only a copy held by someone else can explain a second use.
    /// </summary>
    public async Task<IssuedSession> RotateAsync(string refreshToken, string? requestedOrganizationId, CancellationToken cancellationToken)
    {
        var hash = OpaqueTokens.Hash(refreshToken);
        var row = await store.Sessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.TokenHash == hash && s.Kind == AuthSessionKind.Refresh, cancellationToken)
            ?? throw new ApiException(ApiErrors.AuthInvalidToken("unknown refresh token"));
        if (row.RevokedAt is not null)
        {
            throw new ApiException(ApiErrors.AuthInvalidToken("the refresh token's session has been signed out or revoked"));
        }

        if (row.UsedAt is not null)
        {
            await RevokeChainAsync(row.ChainId, cancellationToken);
            throw new ApiException(ReuseDetected());
        }

        if (row.ExpiresAt <= Now)
        {
            throw new ApiException(ApiErrors.AuthExpired());
        }

        var membership = await ActiveOrganization.ResolveAsync(store, row.UserId, requestedOrganizationId, row.ActiveOrganizationId, cancellationToken);
        var user = await store.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == row.UserId, cancellationToken)
            ?? throw new ApiException(ApiErrors.AuthInvalidToken("the refresh token's user no longer exists"));

        // Spend the token only if nobody spent it since it was read: of two concurrent exchanges one wins, the other is reuse.
        var now = Now;
        var spent = await store.Sessions.Where(s => s.Id == row.Id && s.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.UsedAt, now), cancellationToken);
        if (spent != 1)
        {
            await RevokeChainAsync(row.ChainId, cancellationToken);
            throw new ApiException(ReuseDetected());
        }

        var organizationId = membership?.OrganizationId;
        var nextToken = OpaqueTokens.New();
        var expiresAt = now + Lifetime;
        store.Sessions.Add(NewRow(row.ChainId, AuthSessionKind.Refresh, nextToken, row.UserId, organizationId, expiresAt));
        await store.SaveChangesAsync(cancellationToken);
        var accessToken = tokens.Issue(new AccessTokenClaims(user.Id, user.Email, row.ChainId, organizationId));
        return new IssuedSession(row.ChainId, UserView.From(user), accessToken, nextToken, null, expiresAt, organizationId);
    }

    /// <summary>The chain of a refresh or cookie token, if the token is known.</summary>
    public Task<string?> ChainOfAsync(string token, CancellationToken cancellationToken)
    {
        var hash = OpaqueTokens.Hash(token);
        return store.Sessions.AsNoTracking().Where(s => s.TokenHash == hash).Select(s => s.ChainId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task RevokeChainAsync(string chainId, CancellationToken cancellationToken)
    {
        var now = Now;
        await store.Sessions.Where(s => s.ChainId == chainId && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now), cancellationToken);
    }

    private static ApiError ReuseDetected() => ApiErrors.AuthInvalidToken(
        "the refresh token was already used; its session has been revoked because reuse suggests the token was copied");

    private AuthSession NewRow(string chainId, string kind, string token, string userId, string? organizationId, DateTime expiresAt) => new()
    {
        Id = Guid.NewGuid().ToString(),
        ChainId = chainId,
        Kind = kind,
        TokenHash = OpaqueTokens.Hash(token),
        UserId = userId,
        ActiveOrganizationId = organizationId,
        CreatedAt = Now,
        ExpiresAt = expiresAt,
    };
}
