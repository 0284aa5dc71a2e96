using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Radzen;

namespace ApiStudio.Studio.Tables.Columns;

/// <summary>
/// The columns grid: declared columns edited inline one row at a time, the audit columns the runtime
/// adds shown read-only. The row being edited is checked by the validator on every keystroke.
/// </summary>
/// <remarks>
/// The edit state is this component's, not the grid's: the grid's own insert and edit state is lost
/// when its data is replaced, which happens whenever the design changes under an open edit.
/// </remarks>
public partial class ColumnsTab
{
    private List<ColumnDraft> rows = [];
    private ColumnDraft? editing;
    private TableDefinition? shownTable;

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Parameter, EditorRequired] public TableDefinition Table { get; set; } = null!;

    [Parameter, EditorRequired] public string TablePath { get; set; } = "";

    private IReadOnlyList<string> TableNames => Editor.Definition.Tables.Select(t => t.Name).ToList();

    protected override void OnParametersSet()
    {
        // Rebuilding the rows hands the grid new data, which drops a row being inserted: only do it when the table changed.
        if (ReferenceEquals(Table, shownTable))
        {
            return;
        }

        shownTable = Table;
        BuildRows();
    }

    private void BuildRows()
    {
        var declared = Table.Columns.Select((c, i) => editing is { IsNew: false } e && e.Index == i ? e : ColumnDraft.From(c, i));
        var added = editing is { IsNew: true } draft ? [draft] : Array.Empty<ColumnDraft>();
        var system = SystemColumns.EffectiveColumns(Table).Skip(Table.Columns.Count).Select(c => ColumnDraft.From(c, -1, isSystem: true));
        rows = declared.Concat(added).Concat(system).ToList();
    }

    private string RowPath(ColumnDraft row) => row.IsSystem ? "" : $"{TablePath}.columns[{(row.IsNew ? Table.Columns.Count : row.Index)}]";

    private bool IsEditing(ColumnDraft row) => ReferenceEquals(row, editing);

    private void AddRow()
    {
        if (editing is not null)
        {
            return;
        }

        editing = new ColumnDraft();
        BuildRows();
    }

    private void Edit(ColumnDraft row)
    {
        if (editing is not null || row.IsSystem)
        {
            return;
        }

        editing = row;
    }

    private static bool CanCommit(ColumnDraft row) => !string.IsNullOrWhiteSpace(row.Name);

    private void Commit(ColumnDraft row, bool startAnother = false)
    {
        if (!CanCommit(row))
        {
            return;
        }

        var table = Table.Name;
        var name = row.Name.Trim();
        var original = row.OriginalName;
        var renamed = !row.IsNew && original is not null && original != name;
        var description = row.IsNew ? $"Add column {name} to {table}"
            : renamed ? $"Rename column {table}.{original} to {name}"
            : $"Edit column {table}.{name}";

        editing = null;
        Editor.Apply(description, d =>
        {
            var changed = d with { Tables = d.Tables.Select(t => t.Name == table ? row.ApplyTo(t) : t).ToList() };
            return renamed ? RenameHints.RecordColumn(changed, table, original!, name) : changed;
        });

        if (startAnother && row.IsNew)
        {
            AddRow();
        }
    }

    private void Cancel()
    {
        editing = null;
        BuildRows();
    }

    private void Remove(ColumnDraft row)
    {
        if (row.IsSystem || editing is not null)
        {
            return;
        }

        var table = Table.Name;
        Editor.Apply($"Delete column {table}.{row.Name}", d => RenameHints.ForgetColumn(
            d with { Tables = d.Tables.Select(t => t.Name == table ? ColumnMentions.Remove(t, row.Name) : t).ToList() }, table, row.Name));
    }

    private void OnEditKey(KeyboardEventArgs e)
    {
        if (editing is not { } row)
        {
            return;
        }

        if (e.Key == "Enter")
        {
            Commit(row, startAnother: true);
        }
        else if (e.Key == "Escape")
        {
            Cancel();
        }
    }

    /// <summary>
    /// What the validator would say if the edited row were saved now: everything about the column
    /// itself, and anything new the change would cause elsewhere in the table (a type that no longer fits its mask...).
    /// </summary>
    private IReadOnlyList<Diagnostic> DraftProblems
    {
        get
        {
            if (editing is not { } row || !CanCommit(row))
            {
                return [];
            }

            var table = Table.Name;
            var candidate = Editor.Definition with
            {
                Tables = Editor.Definition.Tables.Select(t => t.Name == table ? row.ApplyTo(t) : t).ToList(),
            };
            var columnPath = RowPath(row);
            var before = Editor.Diagnostics.Select(d => (d.Code, d.Path, d.Message)).ToHashSet();
            return DefinitionValidator.Validate(candidate)
                .Where(d => DiagnosticPaths.IsWithin(d.Path, TablePath))
                .Where(d => DiagnosticPaths.IsWithin(d.Path, columnPath) || !before.Contains((d.Code, d.Path, d.Message)))
                .Where(d => d.Severity != DiagnosticSeverity.Info)
                .OrderBy(d => d.Severity)
                .ToList();
        }
    }

    private void OnRowRender(RowRenderEventArgs<ColumnDraft> args)
    {
        if (args.Attributes is not { } attributes)
        {
            return;
        }

        if (args.Data is { IsSystem: true })
        {
            attributes["class"] = "system-row";
            attributes["data-system"] = "true";
        }
        else if (args.Data is { } row && ReferenceEquals(row, editing))
        {
            attributes["class"] = "editing-row";
        }
    }

    private static string Tick(bool value) => value ? "✓" : "";
}
