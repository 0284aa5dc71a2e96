using ApiStudio.Studio.Editor;

namespace ApiStudio.Studio.Problems;

/// <summary>Where the editor should go to show the element a diagnostic points at.</summary>
public sealed record EditorTarget(EditorSection Section, string? TableName = null, TableTab TableTab = TableTab.Columns, string? FocusPath = null);
