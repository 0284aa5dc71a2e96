namespace ApiStudio.Studio.Tables.Guards;

/// <summary>The lists of a table's guards a field can be ticked in.</summary>
public enum GuardList
{
    Createable,
    Updatable,
    Immutable,
    Protected,
}
