using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>
/// The authentication tables, added to the API's own DbContext (<c>OnModelCreating</c> calls
/// <see cref="Configure"/>), so users, organizations and the API's rows live in one database.
/// </summary>
public static class AuthModel
{
    public const string UsersTable = "auth_users";
    public const string OrganizationsTable = "auth_organizations";
    public const string MembershipsTable = "auth_memberships";
    public const string SessionsTable = "auth_sessions";
    public const string ApiKeysTable = "auth_api_keys";

    // SQLite hands DateTime back with an unspecified kind; every stored moment is UTC, so say so on the way out.
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> OptionalUtc =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuthUser>(ConfigureUsers);
        modelBuilder.Entity<AuthOrganization>(ConfigureOrganizations);
        modelBuilder.Entity<AuthMembership>(ConfigureMemberships);
        modelBuilder.Entity<AuthSession>(ConfigureSessions);
        modelBuilder.Entity<AuthApiKey>(ConfigureApiKeys);
    }

    private static void ConfigureUsers(EntityTypeBuilder<AuthUser> user)
    {
        user.ToTable(UsersTable);
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).HasColumnName("id").HasMaxLength(36);
        user.Property(u => u.Email).HasColumnName("email").HasMaxLength(254);
        user.Property(u => u.Name).HasColumnName("name").HasMaxLength(200);
        user.Property(u => u.PasswordHash).HasColumnName("password_hash");
        user.Property(u => u.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        user.HasIndex(u => u.Email).IsUnique();
    }

    private static void ConfigureOrganizations(EntityTypeBuilder<AuthOrganization> organization)
    {
        organization.ToTable(OrganizationsTable);
        organization.HasKey(o => o.Id);
        organization.Property(o => o.Id).HasColumnName("id").HasMaxLength(36);
        organization.Property(o => o.Name).HasColumnName("name").HasMaxLength(200);
        organization.Property(o => o.CreatedBy).HasColumnName("created_by").HasMaxLength(36);
        organization.Property(o => o.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        organization.HasOne<AuthUser>().WithMany().HasForeignKey(o => o.CreatedBy).OnDelete(DeleteBehavior.Restrict);
    }

    private static void ConfigureMemberships(EntityTypeBuilder<AuthMembership> membership)
    {
        membership.ToTable(MembershipsTable);
        membership.HasKey(m => m.Id);
        membership.Property(m => m.Id).HasColumnName("id").HasMaxLength(36);
        membership.Property(m => m.OrganizationId).HasColumnName("organization_id").HasMaxLength(36);
        membership.Property(m => m.UserId).HasColumnName("user_id").HasMaxLength(36);
        membership.Property(m => m.Role).HasColumnName("role").HasMaxLength(100);
        membership.Property(m => m.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        membership.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
        membership.HasIndex(m => m.UserId);
        membership.HasOne<AuthOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<AuthUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void ConfigureSessions(EntityTypeBuilder<AuthSession> session)
    {
        session.ToTable(SessionsTable);
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasColumnName("id").HasMaxLength(36);
        session.Property(s => s.ChainId).HasColumnName("chain_id").HasMaxLength(36);
        session.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(16);
        session.Property(s => s.TokenHash).HasColumnName("token_hash").HasMaxLength(64);
        session.Property(s => s.UserId).HasColumnName("user_id").HasMaxLength(36);
        session.Property(s => s.ActiveOrganizationId).HasColumnName("active_organization_id").HasMaxLength(36);
        session.Property(s => s.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        session.Property(s => s.ExpiresAt).HasColumnName("expires_at").HasConversion(Utc);
        session.Property(s => s.UsedAt).HasColumnName("used_at").HasConversion(OptionalUtc);
        session.Property(s => s.RevokedAt).HasColumnName("revoked_at").HasConversion(OptionalUtc);
        session.HasIndex(s => s.TokenHash).IsUnique();
        session.HasIndex(s => s.ChainId);
        session.HasOne<AuthUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void ConfigureApiKeys(EntityTypeBuilder<AuthApiKey> key)
    {
        key.ToTable(ApiKeysTable);
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasColumnName("id").HasMaxLength(36);
        key.Property(k => k.OrganizationId).HasColumnName("organization_id").HasMaxLength(36);
        key.Property(k => k.CreatedBy).HasColumnName("created_by").HasMaxLength(36);
        key.Property(k => k.Kind).HasColumnName("kind").HasMaxLength(2);
        key.Property(k => k.DisplayPrefix).HasColumnName("display_prefix").HasMaxLength(16);
        key.Property(k => k.KeyHash).HasColumnName("key_hash").HasMaxLength(64);
        key.Property(k => k.Scopes).HasColumnName("scopes");
        key.Property(k => k.Environment).HasColumnName("environment").HasMaxLength(64);
        key.Property(k => k.ExpiresAt).HasColumnName("expires_at").HasConversion(OptionalUtc);
        key.Property(k => k.RevokedAt).HasColumnName("revoked_at").HasConversion(OptionalUtc);
        key.Property(k => k.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.HasIndex(k => k.OrganizationId);
        key.HasOne<AuthOrganization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        key.HasOne<AuthUser>().WithMany().HasForeignKey(k => k.CreatedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
