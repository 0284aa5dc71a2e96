using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ApiStudio.Studio.Tables;

/// <summary>The tables of the design as a bar: open one, show the diagram, add a table whose name the validator checks as typed.</summary>
public partial class TableList
{
    private string newName = "";
    private bool newNameTouched;

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Inject] private EditorLocation Location { get; set; } = null!;

    [Parameter, EditorRequired] public ApiDefinition Definition { get; set; } = null!;

    [Parameter] public string? Selected { get; set; }

    private Diagnostic? NewNameProblem => TableNameCheck.ForNewTable(Definition, newName.Trim());

    private int ErrorCount(int index) =>
        Editor.Diagnostics.Count(d => d.IsError && DiagnosticPaths.IsWithin(d.Path, DiagnosticPaths.Table(index)));

    private void Open(string table) => Location.GoTo(EditorSection.Tables, table, Location.TableTab);

    private void ShowDiagram() => Location.GoTo(EditorSection.Tables);

    // Enter is handled here rather than by a form: a submit button disabled a round trip late would swallow it.
    private void OnNewNameKey(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            Add();
        }
    }

    private void Add()
    {
        newNameTouched = true;
        var name = newName.Trim();
        if (NewNameProblem is not null)
        {
            return;
        }

        Editor.Apply($"Add table {name}", d => d with { Tables = [.. d.Tables, NewTables.Create(name)] });
        newName = "";
        newNameTouched = false;
        Location.GoTo(EditorSection.Tables, name, TableTab.Columns);
    }
}
