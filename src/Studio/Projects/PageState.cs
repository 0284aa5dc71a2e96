namespace ApiStudio.Studio.Projects;

/// <summary>What the project page can show before the editor is ready.</summary>
public enum PageState
{
    Loading,
    NotFound,

    /// <summary>The latest revision does not parse as a definition.</summary>
    Unreadable,
    Ready,
}
