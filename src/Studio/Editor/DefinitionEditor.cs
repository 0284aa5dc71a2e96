using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Studio.Editor;

/// <summary>
/// The design open in the editor: its current state, undo and redo, whether it differs from the saved
/// revision, and the validator's diagnostics for it. Every edit goes through <see cref="Apply"/>, so
/// components never hold their own copy of the definition.
/// </summary>
public sealed class DefinitionEditor
{
    private const int MaxUndoSteps = 200;

    private readonly LinkedList<EditStep> undo = new();
    private readonly Stack<EditStep> redo = new();
    private ApiDefinition saved = new();

    public Guid? ProjectId { get; private set; }

    /// <summary>The revision the current edits are based on; a save against an older one is a conflict.</summary>
    public int BaseRevision { get; private set; }

    public ApiDefinition Definition { get; private set; } = new();

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool IsDirty => !ReferenceEquals(Definition, saved);

    public bool CanUndo => undo.Count > 0;

    public bool CanRedo => redo.Count > 0;

    public string? UndoDescription => undo.Last?.Value.Description;

    public string? RedoDescription => redo.TryPeek(out var step) ? step.Description : null;

    /// <summary>Raised after every change of the definition, its diagnostics or its saved state.</summary>
    public event Action? Changed;

    public void Load(Guid projectId, int revision, ApiDefinition definition)
    {
        ProjectId = projectId;
        BaseRevision = revision;
        saved = definition;
        undo.Clear();
        redo.Clear();
        SetDefinition(definition);
    }

    /// <summary>Applies one edit, validates the result and makes the edit undoable.</summary>
    public void Apply(string description, Func<ApiDefinition, ApiDefinition> change)
    {
        var next = change(Definition);
        if (ReferenceEquals(next, Definition))
        {
            return;
        }

        undo.AddLast(new EditStep(description, Definition));
        if (undo.Count > MaxUndoSteps)
        {
            undo.RemoveFirst();
        }

        redo.Clear();
        SetDefinition(next);
    }

    /// <summary>Edits one table, found by name.</summary>
    public void ApplyToTable(string tableName, string description, Func<TableDefinition, TableDefinition> change) =>
        Apply(description, definition => definition with
        {
            Tables = definition.Tables.Select(t => t.Name == tableName ? change(t) : t).ToList(),
        });

    public void Undo()
    {
        if (undo.Last is not { } last)
        {
            return;
        }

        undo.RemoveLast();
        redo.Push(new EditStep(last.Value.Description, Definition));
        SetDefinition(last.Value.Before);
    }

    public void Redo()
    {
        if (!redo.TryPop(out var step))
        {
            return;
        }

        undo.AddLast(new EditStep(step.Description, Definition));
        SetDefinition(step.Before);
    }

    /// <summary>Records that the current definition was stored as <paramref name="revision"/>.</summary>
    public void MarkSaved(int revision)
    {
        BaseRevision = revision;
        saved = Definition;
        Changed?.Invoke();
    }

    private void SetDefinition(ApiDefinition definition)
    {
        Definition = definition;
        Diagnostics = DefinitionValidator.Validate(definition);
        Changed?.Invoke();
    }

    private sealed record EditStep(string Description, ApiDefinition Before);
}
