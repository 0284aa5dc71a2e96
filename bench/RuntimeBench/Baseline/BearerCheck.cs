using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>
/// The baseline's authentication, written by hand the way a small API would: the runtime's access token
/// checked with the same handler, key, algorithm, issuer and audience, then the same two reads the runtime
/// makes (the sign-in chain is alive, the membership in the token's organization), so both servers do the
/// same database work per request.
/// </summary>
public sealed class BearerCheck(RequestDelegate next, BearerSettings settings)
{
    public async Task InvokeAsync(HttpContext context, BaselineDbContext database)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await Results.Json(new { error = "Authentication required" }, statusCode: 401).ExecuteAsync(context);
            return;
        }

        var result = await settings.Handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), settings.Parameters);
        if (!result.IsValid
            || !result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var sub) || sub is not string userId
            || !result.Claims.TryGetValue("sid", out var sid) || sid is not string chainId
            || !result.Claims.TryGetValue("org", out var org) || org is not string organizationId)
        {
            await Results.Json(new { error = "Invalid token" }, statusCode: 401).ExecuteAsync(context);
            return;
        }

        var now = DateTime.UtcNow;
        var alive = await database.Sessions.AsNoTracking()
            .AnyAsync(s => s.ChainId == chainId && s.RevokedAt == null && s.UsedAt == null && s.ExpiresAt > now, context.RequestAborted);
        var membership = alive
            ? await database.Memberships.AsNoTracking()
                .FirstOrDefaultAsync(m => m.UserId == userId && m.OrganizationId == organizationId, context.RequestAborted)
            : null;
        if (membership is null || !Guid.TryParse(organizationId, out var organization))
        {
            await Results.Json(new { error = "Invalid token" }, statusCode: 401).ExecuteAsync(context);
            return;
        }

        new BaselineCaller(userId, organization, membership.Role).Attach(context);
        await next(context);
    }
}
