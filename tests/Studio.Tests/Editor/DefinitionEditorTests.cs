using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;

namespace ApiStudio.Studio.Tests.Editor;

public sealed class DefinitionEditorTests
{
    private static DefinitionEditor LoadedEditor()
    {
        var editor = new DefinitionEditor();
        editor.Load(Guid.NewGuid(), 1, new ApiDefinition { Project = new ProjectSettings { Name = "shop" } });
        return editor;
    }

    private static ApiDefinition AddTable(ApiDefinition definition, string name) =>
        definition with { Tables = [.. definition.Tables, new TableDefinition { Name = name }] };

    [Fact]
    public void An_edit_marks_the_design_dirty_and_revalidates_it()
    {
        var editor = LoadedEditor();
        Assert.False(editor.IsDirty);

        editor.Apply("Add table items", d => AddTable(d, "items"));

        Assert.True(editor.IsDirty);
        Assert.Contains(editor.Diagnostics, d => d.Code == DiagnosticCodes.TableNoPrimaryKey);
        Assert.True(editor.HasErrors);
    }

    [Fact]
    public void Undo_returns_to_the_saved_state_and_redo_repeats_the_edit()
    {
        var editor = LoadedEditor();
        editor.Apply("Add table items", d => AddTable(d, "items"));

        editor.Undo();

        Assert.Empty(editor.Definition.Tables);
        Assert.False(editor.IsDirty);
        Assert.Equal("Add table items", editor.RedoDescription);

        editor.Redo();

        Assert.Equal("items", Assert.Single(editor.Definition.Tables).Name);
        Assert.True(editor.IsDirty);
    }

    [Fact]
    public void A_new_edit_after_undo_clears_redo()
    {
        var editor = LoadedEditor();
        editor.Apply("Add a", d => AddTable(d, "a"));
        editor.Undo();

        editor.Apply("Add b", d => AddTable(d, "b"));

        Assert.False(editor.CanRedo);
    }

    [Fact]
    public void Saving_clears_dirty_and_moves_the_base_revision()
    {
        var editor = LoadedEditor();
        editor.Apply("Add a", d => AddTable(d, "a"));

        editor.MarkSaved(2);

        Assert.False(editor.IsDirty);
        Assert.Equal(2, editor.BaseRevision);
        Assert.True(editor.CanUndo);
    }

    [Fact]
    public void Editing_a_table_by_name_changes_only_that_table_and_raises_changed()
    {
        var editor = LoadedEditor();
        editor.Apply("Add tables", d => AddTable(AddTable(d, "a"), "b"));
        var raised = 0;
        editor.Changed += () => raised++;

        editor.ApplyToTable("b", "Describe b", t => t with { Description = "the b table" });

        Assert.Null(editor.Definition.Tables[0].Description);
        Assert.Equal("the b table", editor.Definition.Tables[1].Description);
        Assert.Equal(1, raised);
    }
}
