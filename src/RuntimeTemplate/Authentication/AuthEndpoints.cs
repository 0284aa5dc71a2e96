using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Authentication.Requests;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Organizations;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// The account endpoints every API has, mapped under its base path: <c>auth/*</c>, <c>organizations/*</c>
/// and <c>organizations/{id}/api-keys</c>. Errors are thrown as <see cref="ApiException"/> and written by
/// the error middleware in the project's dialect.
/// </summary>
public static class AuthEndpoints
{
    public const string TokenType = "Bearer";
    private const int TokenFieldLength = 512;
    private const int IdFieldLength = 64;

    /// <summary>Maps sign-up, sign-in, refresh, sign-out, me, organizations, members and API keys on <paramref name="group"/>.</summary>
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var auth = group.MapGroup("auth").WithTags("Authentication");
        auth.MapPost("signup", SignUpAsync).WithMetadata(new IgnoresCredentials(), new RateLimitedOperation(RateLimitKinds.SignIn));
        auth.MapPost("signin", SignInAsync).WithMetadata(new IgnoresCredentials(), new RateLimitedOperation(RateLimitKinds.SignIn));
        auth.MapPost("refresh", RefreshAsync).WithMetadata(new IgnoresCredentials(), new RateLimitedOperation(RateLimitKinds.SignIn));
        auth.MapPost("signout", SignOutAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Delete));
        auth.MapRead("me", MeAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Read));
        group.MapOrganizationEndpoints();
        group.MapApiKeyEndpoints();
        return group;
    }

    internal static async Task<Created<SignInResponse>> SignUpAsync(
        HttpContext context, AuthStore store, Passwords passwords, SessionChains chains, AccessTokens tokens, RuntimeOptions options)
    {
        var body = await JsonBody.ReadAsync(context);
        var email = body.RequiredString("email", EmailAddresses.MaximumLength + 16);
        var password = body.RequiredString("password", Passwords.MaximumLength);
        var name = body.OptionalString("name", 200);
        if (email is not null && EmailAddresses.Problem(email) is { } emailProblem)
        {
            body.Fail("email", emailProblem);
        }

        if (password is not null && Passwords.Problem(password) is { } passwordProblem)
        {
            body.Fail("password", passwordProblem);
        }

        body.ThrowIfInvalid();
        var normalized = EmailAddresses.Normalize(email!);
        if (await store.Users.AnyAsync(u => u.Email == normalized, context.RequestAborted))
        {
            throw new ApiException(ApiErrors.AuthEmailTaken());
        }

        var user = new AuthUser
        {
            Id = Guid.NewGuid().ToString(),
            Email = normalized,
            Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            PasswordHash = "",
            CreatedAt = options.Clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = passwords.Hash(user, password!);
        store.Users.Add(user);
        try
        {
            await store.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException exception)
        {
            store.Context.Entry(user).State = EntityState.Detached;
            // Only a lost race to the email's unique index means another sign-up took the email; any other
            // refusal is the database layer's, answered like a refused record write.
            throw new ApiException(DatabaseErrors.IsUniqueViolationOf(exception, AuthModel.UsersTable, "email")
                ? ApiErrors.AuthEmailTaken()
                : DatabaseErrors.From(exception, insert: true));
        }

        var session = await chains.StartAsync(user, null, context.RequestAborted);
        SessionCookie.Append(context, session.CookieToken!, session.SessionExpiresAt);
        return TypedResults.Created((string?)null, Respond(session, tokens));
    }

    internal static async Task<Ok<SignInResponse>> SignInAsync(HttpContext context, AuthStore store, Passwords passwords, SessionChains chains, AccessTokens tokens)
    {
        var body = await JsonBody.ReadAsync(context);
        var email = body.RequiredString("email", EmailAddresses.MaximumLength + 16);
        var password = body.RequiredString("password", Passwords.MaximumLength);
        var organizationId = body.OptionalString("organizationId", IdFieldLength);
        body.ThrowIfInvalid();

        var normalized = EmailAddresses.Normalize(email!);
        var user = await store.Users.FirstOrDefaultAsync(u => u.Email == normalized, context.RequestAborted);
        var verdict = passwords.Verify(user, password!);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            throw new ApiException(ApiErrors.AuthInvalidCredentials());
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwords.Hash(user, password!);
            await store.SaveChangesAsync(context.RequestAborted);
        }

        var activeOrganization = await InitialOrganizationAsync(store, user.Id, organizationId, context.RequestAborted);
        var session = await chains.StartAsync(user, activeOrganization, context.RequestAborted);
        SessionCookie.Append(context, session.CookieToken!, session.SessionExpiresAt);
        return TypedResults.Ok(Respond(session, tokens));
    }

    internal static async Task<Ok<SignInResponse>> RefreshAsync(HttpContext context, SessionChains chains, AccessTokens tokens)
    {
        var body = await JsonBody.ReadAsync(context);
        var refreshToken = body.RequiredString("refreshToken", TokenFieldLength);
        var organizationId = body.OptionalString("organizationId", IdFieldLength);
        body.ThrowIfInvalid();
        var session = await chains.RotateAsync(refreshToken!, organizationId, context.RequestAborted);
        return TypedResults.Ok(Respond(session, tokens));
    }

    /// <summary>Revokes the sign-in of the request's access token or cookie, or of the refresh token in the body.</summary>
    internal static async Task<NoContent> SignOutAsync(HttpContext context, SessionChains chains)
    {
        var body = await JsonBody.ReadOptionalAsync(context);
        var refreshToken = body.OptionalString("refreshToken", TokenFieldLength);
        body.ThrowIfInvalid();
        string chainId;
        if (refreshToken is not null)
        {
            chainId = await chains.ChainOfAsync(refreshToken, context.RequestAborted)
                ?? throw new ApiException(ApiErrors.AuthInvalidToken("unknown refresh token"));
        }
        else
        {
            context.RequireSignedInUser();
            chainId = context.ChainId() ?? throw new ApiException(ApiErrors.AuthMissing());
        }

        await chains.RevokeChainAsync(chainId, context.RequestAborted);
        SessionCookie.Delete(context);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<MeResponse>> MeAsync(HttpContext context, AuthStore store)
    {
        var caller = context.RequireAuthenticated();
        UserView? user = null;
        IReadOnlyList<MembershipView> memberships = [];
        if (caller.Kind == CallerKind.User)
        {
            var found = await store.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == caller.UserId, context.RequestAborted)
                ?? throw new ApiException(ApiErrors.AuthInvalidToken("the signed-in user no longer exists"));
            user = UserView.From(found);
            memberships = await (from m in store.Memberships.AsNoTracking()
                                 join o in store.Organizations.AsNoTracking() on m.OrganizationId equals o.Id
                                 where m.UserId == found.Id
                                 orderby o.Name
                                 select new MembershipView(o.Id, o.Name, m.Role)).ToListAsync(context.RequestAborted);
        }

        return TypedResults.Ok(new MeResponse(KindName(caller.Kind), user, memberships, caller.ActiveOrgId, caller.Roles,
            caller.ApiKeyId, caller.Scopes, caller.Environment));
    }

    /// <summary>
    /// The organization a new sign-in acts in: the one asked for (which must be the user's), else the user's
    /// only organization. A user of several organizations starts with none, rather than one picked for them.
    /// </summary>
    private static async Task<string?> InitialOrganizationAsync(AuthStore store, string userId, string? requested, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            var membership = await ActiveOrganization.ResolveAsync(store, userId, requested, null, cancellationToken);
            return membership!.OrganizationId;
        }

        var organizations = await store.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => m.OrganizationId).Take(2).ToListAsync(cancellationToken);
        return organizations.Count == 1 ? organizations[0] : null;
    }

    private static SignInResponse Respond(IssuedSession session, AccessTokens tokens) => new(
        session.AccessToken, session.RefreshToken, (int)tokens.Lifetime.TotalSeconds, TokenType, session.User, session.ActiveOrganizationId);

    private static string KindName(CallerKind kind) => kind switch
    {
        CallerKind.User => "user",
        CallerKind.PublishableKey => "publishableKey",
        CallerKind.SecretKey => "secretKey",
        _ => "anonymous",
    };
}
