using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// Plans the migration between two versions of a definition. It only ever adds or renames: a table or
/// column that disappears stays in the database (dropping is the user's call, never a side effect of an
/// edit), renames come from explicit hints only, and type, nullability, length or key changes of an
/// existing column are reported instead of rewritten.
/// </summary>
public static class MigrationPlanner
{
    /// <param name="from">The definition the database was made for; null plans the initial schema.</param>
    /// <param name="to">The definition the database must serve next.</param>
    /// <exception cref="ArgumentException">A table of <paramref name="to"/> has no primary key (the validator reports it).</exception>
    public static MigrationPlan Plan(ApiDefinition? from, ApiDefinition to)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.Tables.FirstOrDefault(t => t.PrimaryKey is null) is { } keyless)
        {
            throw new ArgumentException($"Table {keyless.Name} has no primary key; validate the definition before planning.", nameof(to));
        }

        var steps = new List<MigrationStep>();
        var notes = new List<MigrationNote>();
        var renames = from is null ? null : RenameMap.Between(from, to);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in to.Tables)
        {
            if (from?.FindTable(renames!.OldTableName(table.Name)) is { } old)
            {
                matched.Add(old.Name);
                TableChanges.Plan(old, table, renames!, steps, notes);
            }
            else
            {
                CreateTable(table, steps);
            }
        }

        foreach (var old in from?.Tables.Where(t => !matched.Contains(t.Name)) ?? [])
        {
            notes.Add(PlanNotes.TableKept(old));
        }

        return new MigrationPlan(from, to, steps, notes);
    }

    private static void CreateTable(TableDefinition table, List<MigrationStep> steps)
    {
        steps.Add(new MigrationStep(
            $"Create table {table.Name} with its {table.Columns.Count} columns{(table.SoftDelete ? ", the audit and the soft-delete columns" : " and the audit columns")}; primary key {table.PrimaryKey!.Name}",
            [TableOperations.CreateTable(table)]));
        foreach (var index in UniqueIndexes.Of(table))
        {
            steps.Add(TableChanges.CreateIndexStep(index));
        }
    }
}
