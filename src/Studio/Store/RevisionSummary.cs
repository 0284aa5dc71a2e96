namespace ApiStudio.Studio.Store;

/// <summary>A revision without its definition, as the history lists it.</summary>
public sealed record RevisionSummary(int Number, DateTime CreatedUtc, string Message, int TableCount);
