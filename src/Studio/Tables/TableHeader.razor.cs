using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Radzen;

namespace ApiStudio.Studio.Tables;

/// <summary>The open table's name (renamed in place, checked by the validator as typed), description and delete.</summary>
public partial class TableHeader
{
    private bool renaming;
    private string renameText = "";

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Inject] private EditorLocation Location { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Parameter, EditorRequired] public TableDefinition Table { get; set; } = null!;

    private Diagnostic? RenameProblem => renaming ? TableNameCheck.ForRename(Editor.Definition, Table.Name, renameText.Trim()) : null;

    private void StartRename()
    {
        renaming = true;
        renameText = Table.Name;
    }

    private void CommitRename()
    {
        var from = Table.Name;
        var to = renameText.Trim();
        if (!renaming || RenameProblem is not null)
        {
            return;
        }

        renaming = false;
        if (from == to)
        {
            return;
        }

        Editor.Apply($"Rename table {from} to {to}", d => TableMentions.Rename(d, from, to));
        if (Location.TableName == from)
        {
            Location.GoTo(EditorSection.Tables, to, Location.TableTab);
        }
    }

    private void OnRenameKey(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            CommitRename();
        }
        else if (e.Key == "Escape")
        {
            renaming = false;
        }
    }

    private void Describe(string text) =>
        Editor.ApplyToTable(Table.Name, $"Describe table {Table.Name}",
            t => t with { Description = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private async Task Delete()
    {
        var table = Table.Name;
        var references = TableMentions.ReferencesTo(Editor.Definition, table);
        var message = references.Count == 0
            ? $"Delete table {table} and all its rules? Undo brings it back."
            : $"Delete table {table} and all its rules? {string.Join(", ", references)} will no longer reference it. Undo brings it back.";
        var confirmed = await Dialogs.Confirm(message, $"Delete {table}",
            new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
        {
            return;
        }

        Editor.Apply($"Delete table {table}", d => TableMentions.Remove(d, table));
        if (Location.TableName == table)
        {
            Location.GoTo(EditorSection.Tables);
        }
    }
}
