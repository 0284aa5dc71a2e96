namespace ApiStudio.Studio.Editor;

/// <summary>The top-level sections of an open project, in the order of its tabs.</summary>
public enum EditorSection
{
    Settings,
    Roles,
    Tables,
    Errors,
    Simulator,
    Export,
    History,
}
