namespace ApiStudio.Studio.Store;

/// <summary>A row of <c>projects</c>.</summary>
public sealed class ProjectRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The name in lower case: unique, so names differing only in case cannot coexist on any engine.</summary>
    public required string NameKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public int LatestRevision { get; set; }
}
