namespace ApiStudio.Studio.Editor;

/// <summary>The top-level sections of an open project.</summary>
public enum EditorSection
{
    Settings,
    Roles,
    Tables,
    History,
}
