namespace ApiStudio.Studio.Projects;

/// <summary>What to do when a save finds that someone saved a newer revision first.</summary>
public enum SaveConflictChoice
{
    /// <summary>Load the latest revision and drop the edits.</summary>
    Reload,

    /// <summary>Store the edits anyway, as the revision after the latest one.</summary>
    SaveAnyway,
}
