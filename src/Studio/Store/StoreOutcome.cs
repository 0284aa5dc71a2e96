namespace ApiStudio.Studio.Store;

/// <summary>How a change of the store ended. Expected refusals are outcomes, not exceptions.</summary>
public enum StoreOutcome
{
    Done,
    NotFound,
    NameInvalid,
    NameTaken,

    /// <summary>The edits were based on a revision that is no longer the latest.</summary>
    Conflict,

    /// <summary>An imported document does not parse or has validator errors; nothing was stored.</summary>
    DefinitionInvalid,
}
