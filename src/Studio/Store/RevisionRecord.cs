namespace ApiStudio.Studio.Store;

/// <summary>A row of <c>revisions</c>: one save of a project's whole definition.</summary>
public sealed class RevisionRecord
{
    public Guid ProjectId { get; set; }

    public int Number { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string Message { get; set; }

    /// <summary>Kept beside the JSON so the project list need not parse every definition.</summary>
    public int TableCount { get; set; }

    public required string DefinitionJson { get; set; }
}
