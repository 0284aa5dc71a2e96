using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Projects;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Studio.Store;

/// <summary>
/// Projects and their revisions. Every save appends a revision; a save based on a revision that is no
/// longer the latest is refused as a <see cref="StoreOutcome.Conflict"/> so no one's edits are lost silently.
/// Safe to share: each call uses its own short-lived context.
/// </summary>
public sealed class ProjectStore(IDbContextFactory<StudioStoreContext> contexts, TimeProvider time)
{
    /// <summary>Projects whose name contains <paramref name="search"/> (any case), most recently updated first.</summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var projects = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var key = search.Trim().ToLowerInvariant();
            projects = projects.Where(p => p.NameKey.Contains(key));
        }

        var listed =
            from p in projects
            join r in db.Revisions on new { p.Id, Number = p.LatestRevision } equals new { Id = r.ProjectId, r.Number }
            orderby p.UpdatedUtc descending, p.Name
            select new ProjectSummary(p.Id, p.Name, p.CreatedUtc, p.UpdatedUtc, p.LatestRevision, r.TableCount);
        return await listed.ToListAsync(cancellationToken);
    }

    public async Task<ProjectSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db, db.Projects.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<StoredRevision?> GetLatestAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? null : await ReadRevisionAsync(db, project, project.LatestRevision, cancellationToken);
    }

    public async Task<StoredRevision?> GetRevisionAsync(Guid id, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? null : await ReadRevisionAsync(db, project, number, cancellationToken);
    }

    /// <summary>A project's revisions, newest first; empty when the project does not exist.</summary>
    public async Task<IReadOnlyList<RevisionSummary>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Revisions.AsNoTracking()
            .Where(r => r.ProjectId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.CreatedUtc, r.Message, r.TableCount))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates a project whose first revision is an empty design named after it.</summary>
    public Task<ProjectChange> CreateEmptyAsync(string name, CancellationToken cancellationToken = default) =>
        CreateAsync(name, new ApiDefinition { Project = new ProjectSettings { Name = name } }, "Created", cancellationToken);

    public async Task<ProjectChange> CreateAsync(string name, ApiDefinition definition, string message, CancellationToken cancellationToken = default)
    {
        if (NameProblem(name) is { } problem)
        {
            return problem;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsNameTakenAsync(db, name, except: null, cancellationToken))
        {
            return NameTaken(name);
        }

        var now = Now();
        var project = new ProjectRecord
        {
            Id = Guid.NewGuid(),
            Name = name,
            NameKey = KeyOf(name),
            CreatedUtc = now,
            UpdatedUtc = now,
            LatestRevision = 1,
        };
        db.Projects.Add(project);
        db.Revisions.Add(NewRevision(project.Id, 1, now, message, definition));
        return await SaveNamedAsync(db, project, name, cancellationToken);
    }

    /// <summary>
    /// Creates a project from an api.json text. A document that does not parse, or that the validator
    /// finds errors in, is refused with its diagnostics and nothing is stored; warnings are fine.
    /// </summary>
    public async Task<ProjectChange> ImportAsync(string name, string json, string message, CancellationToken cancellationToken = default)
    {
        if (NameProblem(name) is { } problem)
        {
            return problem;
        }

        var parsed = DefinitionJson.Parse(json);
        if (parsed.Definition is not { } definition)
        {
            return ProjectChange.Invalid(parsed.Diagnostics);
        }

        var diagnostics = DefinitionValidator.Validate(definition);
        if (diagnostics.Any(d => d.IsError))
        {
            return ProjectChange.Invalid(diagnostics);
        }

        return await CreateAsync(name, definition, message, cancellationToken);
    }

    public async Task<ProjectChange> RenameAsync(Guid id, string newName, CancellationToken cancellationToken = default)
    {
        if (NameProblem(newName) is { } problem)
        {
            return problem;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ProjectChange.Refused(StoreOutcome.NotFound, "The project no longer exists.");
        }

        if (await IsNameTakenAsync(db, newName, except: id, cancellationToken))
        {
            return NameTaken(newName);
        }

        project.Name = newName;
        project.NameKey = KeyOf(newName);
        project.UpdatedUtc = Now();
        return await SaveNamedAsync(db, project, newName, cancellationToken);
    }

    /// <summary>Creates a new project whose first revision is the latest revision of <paramref name="id"/>.</summary>
    public async Task<ProjectChange> DuplicateAsync(Guid id, string newName, CancellationToken cancellationToken = default)
    {
        if (NameProblem(newName) is { } problem)
        {
            return problem;
        }

        var source = await GetLatestAsync(id, cancellationToken);
        if (source is null)
        {
            return ProjectChange.Refused(StoreOutcome.NotFound, "The project no longer exists.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsNameTakenAsync(db, newName, except: null, cancellationToken))
        {
            return NameTaken(newName);
        }

        var now = Now();
        var project = new ProjectRecord
        {
            Id = Guid.NewGuid(),
            Name = newName,
            NameKey = KeyOf(newName),
            CreatedUtc = now,
            UpdatedUtc = now,
            LatestRevision = 1,
        };
        db.Projects.Add(project);
        db.Revisions.Add(new RevisionRecord
        {
            ProjectId = project.Id,
            Number = 1,
            CreatedUtc = now,
            Message = $"Duplicated from {source.ProjectName} revision {source.Revision.Number}",
            TableCount = source.Revision.TableCount,
            DefinitionJson = source.DefinitionJson,
        });
        return await SaveNamedAsync(db, project, newName, cancellationToken);
    }

    /// <summary>Deletes a project and all its revisions; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Revisions.Where(r => r.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Projects.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>
    /// Stores <paramref name="definition"/> as the next revision, provided <paramref name="baseRevision"/>
    /// is still the latest; otherwise nothing is stored and the result names the latest revision.
    /// </summary>
    public async Task<SaveResult> SaveAsync(Guid id, int baseRevision, ApiDefinition definition, string? message, CancellationToken cancellationToken = default)
    {
        var text = string.IsNullOrWhiteSpace(message) ? "Saved" : message.Trim();
        return await AppendAsync(id, baseRevision, text, DefinitionJson.Serialize(definition), definition.Tables.Count, cancellationToken);
    }

    /// <summary>Appends a copy of revision <paramref name="number"/> as the new latest revision.</summary>
    public async Task<SaveResult> RestoreAsync(Guid id, int number, CancellationToken cancellationToken = default)
    {
        var revision = await GetRevisionAsync(id, number, cancellationToken);
        var project = await FindAsync(id, cancellationToken);
        if (revision is null || project is null)
        {
            return SaveResult.NotFound;
        }

        return await AppendAsync(id, project.LatestRevision, $"Restored revision {number}", revision.DefinitionJson,
            revision.Revision.TableCount, cancellationToken);
    }

    private async Task<SaveResult> AppendAsync(Guid id, int baseRevision, string message, string json, int tableCount, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now();
        var number = baseRevision + 1;

        // The conditional update is the concurrency check: of two saves on the same base, only one matches.
        var claimed = await db.Projects
            .Where(p => p.Id == id && p.LatestRevision == baseRevision)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LatestRevision, number).SetProperty(p => p.UpdatedUtc, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictOrNotFoundAsync(id, cancellationToken);
        }

        db.Revisions.Add(new RevisionRecord
        {
            ProjectId = id,
            Number = number,
            CreatedUtc = now,
            Message = message,
            TableCount = tableCount,
            DefinitionJson = json,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(StoreOutcome.Done, new RevisionSummary(number, now, message, tableCount));
    }

    private async Task<SaveResult> ConflictOrNotFoundAsync(Guid id, CancellationToken cancellationToken)
    {
        var latest = await GetLatestAsync(id, cancellationToken);
        return latest is null ? SaveResult.NotFound : new SaveResult(StoreOutcome.Conflict, latest.Revision);
    }

    private static IQueryable<ProjectSummary> Summaries(StudioStoreContext db, IQueryable<ProjectRecord> projects) =>
        from p in projects
        join r in db.Revisions on new { p.Id, Number = p.LatestRevision } equals new { Id = r.ProjectId, r.Number }
        select new ProjectSummary(p.Id, p.Name, p.CreatedUtc, p.UpdatedUtc, p.LatestRevision, r.TableCount);

    private static async Task<StoredRevision?> ReadRevisionAsync(StudioStoreContext db, ProjectRecord project, int number, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProjectId == project.Id && r.Number == number, cancellationToken);
        return revision is null
            ? null
            : new StoredRevision(project.Id, project.Name,
                new RevisionSummary(revision.Number, revision.CreatedUtc, revision.Message, revision.TableCount), revision.DefinitionJson);
    }

    private static RevisionRecord NewRevision(Guid projectId, int number, DateTime now, string message, ApiDefinition definition) => new()
    {
        ProjectId = projectId,
        Number = number,
        CreatedUtc = now,
        Message = message,
        TableCount = definition.Tables.Count,
        DefinitionJson = DefinitionJson.Serialize(definition),
    };

    /// <summary>Saves a new or renamed project; a unique-index violation means another save took the name first.</summary>
    private async Task<ProjectChange> SaveNamedAsync(StudioStoreContext db, ProjectRecord project, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            if (await IsNameTakenAsync(check, name, except: project.Id, cancellationToken))
            {
                return NameTaken(name);
            }

            throw;
        }

        return ProjectChange.Done((await FindAsync(project.Id, cancellationToken))!);
    }

    private static Task<bool> IsNameTakenAsync(StudioStoreContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = KeyOf(name);
        return db.Projects.AnyAsync(p => p.NameKey == key && p.Id != except, cancellationToken);
    }

    private static ProjectChange? NameProblem(string name) =>
        ProjectName.IsValid(name) ? null : ProjectChange.Refused(StoreOutcome.NameInvalid, ProjectName.Rule);

    private static ProjectChange NameTaken(string name) =>
        ProjectChange.Refused(StoreOutcome.NameTaken, $"A project named {name} already exists");

    private static string KeyOf(string name) => name.ToLowerInvariant();

    // Whole microseconds: what both engines keep, so a value read back equals the one written.
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}
