using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>
/// The authentication tables of the API's DbContext, whatever its concrete type: the export's generated
/// context and the simulator's context both call <see cref="AuthModel.Configure"/>.
/// </summary>
public sealed class AuthStore(DbContext context)
{
    public DbContext Context { get; } = context;

    public DbSet<AuthUser> Users => Context.Set<AuthUser>();

    public DbSet<AuthOrganization> Organizations => Context.Set<AuthOrganization>();

    public DbSet<AuthMembership> Memberships => Context.Set<AuthMembership>();

    public DbSet<AuthSession> Sessions => Context.Set<AuthSession>();

    public DbSet<AuthApiKey> ApiKeys => Context.Set<AuthApiKey>();

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Context.SaveChangesAsync(cancellationToken);

    /// <summary>The membership of a user in an organization, read without tracking.</summary>
    public Task<AuthMembership?> FindMembershipAsync(string userId, string organizationId, CancellationToken cancellationToken = default) =>
        Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId && m.OrganizationId == organizationId, cancellationToken);
}
