namespace ApiStudio.Studio.Editor;

/// <summary>The tabs of the table editor.</summary>
public enum TableTab
{
    Columns,
    Firewall,
    Access,
    Guards,
    Masking,
    Views,
    Actions,
}
