namespace ApiStudio.Studio.Store;

/// <summary>A project as the projects list shows it.</summary>
public sealed record ProjectSummary(Guid Id, string Name, DateTime CreatedUtc, DateTime UpdatedUtc, int LatestRevision, int TableCount);
