using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApiStudio.Studio.Store;

/// <summary>
/// The store's EF Core model. Its tables are created by <see cref="StoreSchema"/> from hand-written SQL
/// (there is no design-time package here), so the names below must match <see cref="StoreMigrations"/>.
/// </summary>
public sealed class StudioStoreContext(DbContextOptions<StudioStoreContext> options) : DbContext(options)
{
    public DbSet<ProjectRecord> Projects => Set<ProjectRecord>();

    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite hands DateTime back without a kind, and Npgsql refuses to write one that is not UTC.
        var utc = new ValueConverter<DateTime, DateTime>(
            value => value.ToUniversalTime(),
            value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

        modelBuilder.Entity<ProjectRecord>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Id).HasName("pk_projects");
            project.Property(p => p.Id).HasColumnName("id");
            project.Property(p => p.Name).HasColumnName("name");
            project.Property(p => p.NameKey).HasColumnName("name_key");
            project.HasIndex(p => p.NameKey).IsUnique().HasDatabaseName("ix_projects_name_key");
            project.Property(p => p.CreatedUtc).HasColumnName("created_at").HasConversion(utc);
            project.Property(p => p.UpdatedUtc).HasColumnName("updated_at").HasConversion(utc);
            project.Property(p => p.LatestRevision).HasColumnName("latest_revision");
        });

        modelBuilder.Entity<RevisionRecord>(revision =>
        {
            revision.ToTable("revisions");
            revision.HasKey(r => new { r.ProjectId, r.Number }).HasName("pk_revisions");
            revision.Property(r => r.ProjectId).HasColumnName("project_id");
            revision.Property(r => r.Number).HasColumnName("number");
            revision.Property(r => r.CreatedUtc).HasColumnName("created_at").HasConversion(utc);
            revision.Property(r => r.Message).HasColumnName("message");
            revision.Property(r => r.TableCount).HasColumnName("table_count");
            revision.Property(r => r.DefinitionJson).HasColumnName("definition_json");
            revision.HasOne<ProjectRecord>().WithMany().HasForeignKey(r => r.ProjectId)
                .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_revisions_projects");
        });
    }
}
