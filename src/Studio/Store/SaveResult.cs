namespace ApiStudio.Studio.Store;

/// <summary>
/// The result of saving a revision: the new revision when <see cref="StoreOutcome.Done"/>, the latest
/// revision (the one the edits did not see) when <see cref="StoreOutcome.Conflict"/>.
/// </summary>
public sealed record SaveResult(StoreOutcome Outcome, RevisionSummary? Revision)
{
    public bool Saved => Outcome == StoreOutcome.Done;

    public static SaveResult NotFound { get; } = new(StoreOutcome.NotFound, null);
}
