using Microsoft.EntityFrameworkCore;

namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>A hand-written context over the tables the runtime created: same names, same columns, same types.</summary>
public sealed class BaselineDbContext(DbContextOptions<BaselineDbContext> options) : DbContext(options)
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<SessionRow> Sessions => Set<SessionRow>();

    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Company>(company =>
        {
            company.ToTable("companies");
            company.HasKey(c => c.Id);
            company.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            company.Property(c => c.OrganizationId).HasColumnName("organizationId");
            company.Property(c => c.Name).HasColumnName("name").HasMaxLength(200);
            company.Property(c => c.Domain).HasColumnName("domain").HasMaxLength(253);
            company.Property(c => c.Website).HasColumnName("website");
            company.Property(c => c.CreatedAt).HasColumnName("createdAt");
            company.Property(c => c.CreatedBy).HasColumnName("createdBy");
            company.Property(c => c.ModifiedAt).HasColumnName("modifiedAt");
            company.Property(c => c.ModifiedBy).HasColumnName("modifiedBy");
        });
        modelBuilder.Entity<SessionRow>(session =>
        {
            session.ToTable("auth_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasColumnName("id");
            session.Property(s => s.ChainId).HasColumnName("chain_id");
            session.Property(s => s.ExpiresAt).HasColumnName("expires_at");
            session.Property(s => s.UsedAt).HasColumnName("used_at");
            session.Property(s => s.RevokedAt).HasColumnName("revoked_at");
        });
        modelBuilder.Entity<MembershipRow>(membership =>
        {
            membership.ToTable("auth_memberships");
            membership.HasKey(m => m.Id);
            membership.Property(m => m.Id).HasColumnName("id");
            membership.Property(m => m.OrganizationId).HasColumnName("organization_id");
            membership.Property(m => m.UserId).HasColumnName("user_id");
            membership.Property(m => m.Role).HasColumnName("role");
        });
    }
}
