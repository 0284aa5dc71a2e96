namespace ApiStudio.Studio.Store;

/// <summary>One revision of a project with its whole definition, in canonical api.json form.</summary>
public sealed record StoredRevision(Guid ProjectId, string ProjectName, RevisionSummary Revision, string DefinitionJson);
