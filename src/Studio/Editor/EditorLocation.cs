namespace ApiStudio.Studio.Editor;

/// <summary>
/// Where the user is inside an open project: section, table, table tab and the JSON path of the element
/// to focus. The problems panel moves it; the project shell and the table editor follow it.
/// </summary>
public sealed class EditorLocation
{
    public EditorSection Section { get; private set; } = EditorSection.Tables;

    public string? TableName { get; private set; }

    public TableTab TableTab { get; private set; } = TableTab.Columns;

    /// <summary>The JSON path of the element to highlight, such as <c>$.tables[1].guards.createable[3]</c>.</summary>
    public string? FocusPath { get; private set; }

    public event Action? Changed;

    public void GoTo(EditorSection section, string? tableName = null, TableTab tableTab = TableTab.Columns, string? focusPath = null)
    {
        Section = section;
        TableName = tableName;
        TableTab = tableTab;
        FocusPath = focusPath;
        Changed?.Invoke();
    }
}
