namespace ApiStudio.Generator.Migrations;

/// <summary>Something the plan did not change in the database on purpose, with what the user can do about it.</summary>
/// <param name="Kind">What kind of change was left alone.</param>
/// <param name="Table">The table as the new definition names it (or the old name for a table that is gone).</param>
/// <param name="Column">The column concerned, when the note is about one.</param>
/// <param name="Message">The note for a reviewer, with what to do about it.</param>
public sealed record MigrationNote(MigrationNoteKind Kind, string Table, string? Column, string Message)
{
    /// <summary>The schema and the definition disagree after the migration, so a reviewer has to decide.</summary>
    public bool NeedsAction => Kind is not MigrationNoteKind.ExistingRowsFilled;

    public override string ToString() => Message;
}
