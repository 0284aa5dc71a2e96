namespace ApiStudio.Studio.History;

public enum DiffLineKind
{
    Unchanged,
    Removed,
    Added,
}
