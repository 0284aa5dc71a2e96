using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Authentication.Requests;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Organizations;

/// <summary><c>organizations</c> and <c>organizations/{id}/members</c>; mapped by <see cref="AuthEndpoints.MapAuthEndpoints"/>.</summary>
internal static class OrganizationEndpoints
{
    private const int NameLength = 200;

    public static RouteGroupBuilder MapOrganizationEndpoints(this RouteGroupBuilder group)
    {
        var organizations = group.MapGroup("organizations").WithTags("Organizations");
        organizations.MapPost("", CreateAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Create));
        organizations.MapRead("", ListMineAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Read));
        organizations.MapPost("{id}/members", AddMemberAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Create));
        organizations.MapRead("{id}/members", ListMembersAsync).WithMetadata(new RateLimitedOperation(RateLimitKinds.Read));
        return group;
    }

    /// <summary>Creates an organization; its creator becomes a member with the top role.</summary>
    public static async Task<Created<OrganizationView>> CreateAsync(HttpContext context, AuthStore store, RuntimeOptions options)
    {
        var caller = context.RequireSignedInUser();
        var body = await JsonBody.ReadAsync(context);
        var name = body.RequiredString("name", NameLength);
        body.ThrowIfInvalid();

        var now = options.Clock.GetUtcNow().UtcDateTime;
        var organization = new AuthOrganization { Id = Guid.NewGuid().ToString(), Name = name!.Trim(), CreatedBy = caller.UserId!, CreatedAt = now };
        var role = OrganizationRoles.Top(options.Definition);
        store.Organizations.Add(organization);
        store.Memberships.Add(new AuthMembership
        {
            Id = Guid.NewGuid().ToString(),
            OrganizationId = organization.Id,
            UserId = caller.UserId!,
            Role = role,
            CreatedAt = now,
        });
        try
        {
            await store.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException exception)
        {
            // Answered by the database layer like a refused record write, not as an unexplained 500.
            store.Context.ChangeTracker.Clear();
            throw new ApiException(DatabaseErrors.From(exception, insert: true));
        }

        return TypedResults.Created((string?)null, new OrganizationView(organization.Id, organization.Name, role, organization.CreatedAt));
    }

    public static async Task<Ok<List<OrganizationView>>> ListMineAsync(HttpContext context, AuthStore store)
    {
        var caller = context.RequireSignedInUser();
        var mine = await (from m in store.Memberships.AsNoTracking()
                          join o in store.Organizations.AsNoTracking() on m.OrganizationId equals o.Id
                          where m.UserId == caller.UserId
                          select new OrganizationView(o.Id, o.Name, m.Role, o.CreatedAt)).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(mine.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Adds a signed-up user to the organization. Only managing roles may, and not to a role ranked above
    /// their own, so an admin cannot make someone (or a friend of theirs) owner.
    /// </summary>
    public static async Task<Created<MemberView>> AddMemberAsync(string id, HttpContext context, AuthStore store, RuntimeOptions options)
    {
        var administrator = await OrganizationAccess.RequireAdministratorAsync(context, store, options, id);
        var body = await JsonBody.ReadAsync(context);
        var email = body.RequiredString("email", EmailAddresses.MaximumLength + 16);
        var role = body.RequiredString("role", 100);
        var declared = OrganizationRoles.Declared(options.Definition);
        if (role is not null && !declared.Contains(role))
        {
            body.Fail("role", $"'{role}' is not a role of this API; use one of [{string.Join(", ", declared.Order(StringComparer.Ordinal))}]");
        }

        body.ThrowIfInvalid();
        if (RanksAbove(options, role!, administrator.Role))
        {
            throw new ApiException(ApiErrors.AccessRoleRequired([role!], [administrator.Role]));
        }

        var normalized = EmailAddresses.Normalize(email!);
        var user = await store.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == normalized, context.RequestAborted);
        if (user is null)
        {
            body.Fail("email", "no user has signed up with this email");
            body.ThrowIfInvalid();
        }

        if (await store.FindMembershipAsync(user!.Id, id, context.RequestAborted) is not null)
        {
            throw new ApiException(ApiErrors.DbUniqueViolation("email"));
        }

        var membership = new AuthMembership
        {
            Id = Guid.NewGuid().ToString(),
            OrganizationId = id,
            UserId = user.Id,
            Role = role!,
            CreatedAt = options.Clock.GetUtcNow().UtcDateTime,
        };
        store.Memberships.Add(membership);
        try
        {
            await store.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException exception)
        {
            store.Context.Entry(membership).State = EntityState.Detached;
            // A unique violation can only be a concurrent add of the same user hitting the (organization, user) index
            // first (the id is new); anything else is answered like a refused record write.
            var error = DatabaseErrors.From(exception, insert: true);
            throw new ApiException(error.Code == ErrorCodes.DbUniqueViolation ? ApiErrors.DbUniqueViolation("email") : error);
        }

        return TypedResults.Created((string?)null, new MemberView(user.Id, user.Email, user.Name, membership.Role, membership.CreatedAt));
    }

    public static async Task<Ok<List<MemberView>>> ListMembersAsync(string id, HttpContext context, AuthStore store, RuntimeOptions options)
    {
        await OrganizationAccess.RequireMemberAsync(context, store, options, id);
        var members = await (from m in store.Memberships.AsNoTracking()
                             join u in store.Users.AsNoTracking() on m.UserId equals u.Id
                             where m.OrganizationId == id
                             select new MemberView(u.Id, u.Email, u.Name, m.Role, m.CreatedAt)).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(members.OrderBy(m => m.Email, StringComparer.Ordinal).ToList());
    }

    private static bool RanksAbove(RuntimeOptions options, string role, string than)
    {
        var hierarchy = options.Definition.RoleHierarchy;
        var (rank, thanRank) = (IndexOf(hierarchy, role), IndexOf(hierarchy, than));
        return rank >= 0 && thanRank >= 0 && rank > thanRank;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
