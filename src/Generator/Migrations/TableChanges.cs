using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The steps and notes for a table that exists in both definitions. Order matters: the table is renamed
/// first so later steps use its new name, columns are renamed and added before the indexes that use them,
/// and stale indexes are dropped before their replacements (which may reuse the name) are created.
/// </summary>
internal static class TableChanges
{
    public static void Plan(TableDefinition old, TableDefinition table, RenameMap renames, List<MigrationStep> steps, List<MigrationNote> notes)
    {
        if (old.Name != table.Name)
        {
            steps.Add(new MigrationStep(
                $"Rename table {old.Name} to {table.Name} (rename hint); its primary key constraint keeps the name {TableOperations.PrimaryKeyName(old.Name)}",
                [new RenameTableOperation { Name = old.Name, NewName = table.Name }]));
        }

        var oldColumns = SystemColumns.EffectiveColumns(old);
        var newNameByOld = new Dictionary<string, string>(StringComparer.Ordinal);
        var additions = new List<MigrationStep>();
        foreach (var column in SystemColumns.EffectiveColumns(table))
        {
            var oldName = renames.OldColumnName(table.Name, column.Name);
            if (oldColumns.FirstOrDefault(c => c.Name == oldName) is not { } previous)
            {
                additions.Add(AddColumnStep(table, column, notes));
                continue;
            }

            newNameByOld[oldName] = column.Name;
            if (oldName != column.Name)
            {
                steps.Add(new MigrationStep(
                    $"Rename column {table.Name}.{oldName} to {column.Name} (rename hint); its values move with it",
                    [new RenameColumnOperation { Table = table.Name, Name = oldName, NewName = column.Name }]));
            }

            ColumnNotes(table.Name, previous, column, notes);
        }

        steps.AddRange(additions);
        notes.AddRange(oldColumns.Where(c => !newNameByOld.ContainsKey(c.Name)).Select(c => PlanNotes.ColumnKept(table.Name, c)));

        var oldKey = old.PrimaryKey?.Name is { } key ? newNameByOld.GetValueOrDefault(key, key) : null;
        if (oldKey != table.PrimaryKey!.Name)
        {
            notes.Add(PlanNotes.PrimaryKeyNotMigrated(table.Name, old.PrimaryKey?.Name, table.PrimaryKey.Name));
        }

        IndexSteps(old, table, newNameByOld, steps);
    }

    public static MigrationStep CreateIndexStep(UniqueIndex index) =>
        new($"Create unique index {index.Name} on {index.Table} ({index.ColumnList})", [TableOperations.CreateIndex(index)]);

    private static MigrationStep AddColumnStep(TableDefinition table, ColumnDefinition column, List<MigrationNote> notes)
    {
        var nullable = column.Nullable && !column.PrimaryKey;
        var type = PlanNotes.TypeName(column.Type) + (column.MaxLength is { } length ? $", at most {length} characters" : "");
        if (nullable)
        {
            return new MigrationStep($"Add column {table.Name}.{column.Name} ({type}, nullable)", [TableOperations.AddColumn(table.Name, column)]);
        }

        var value = ExistingRowValues.For(column);
        notes.Add(PlanNotes.ExistingRowsFilled(table.Name, column, value, column.Unique));
        return new MigrationStep(
            $"Add column {table.Name}.{column.Name} ({type}, NOT NULL; rows already there get {ExistingRowValues.Describe(value)})",
            [TableOperations.AddColumn(table.Name, column, value)]);
    }

    private static void ColumnNotes(string table, ColumnDefinition old, ColumnDefinition column, List<MigrationNote> notes)
    {
        if (old.Type != column.Type)
        {
            notes.Add(PlanNotes.TypeNotMigrated(table, old, column));
        }
        else if (old.MaxLength != column.MaxLength)
        {
            notes.Add(PlanNotes.MaxLengthNotMigrated(table, old, column));
        }

        var wasNullable = old.Nullable && !old.PrimaryKey;
        var isNullable = column.Nullable && !column.PrimaryKey;
        if (wasNullable != isNullable)
        {
            notes.Add(PlanNotes.NullabilityNotMigrated(table, column with { Nullable = isNullable }));
        }
    }

    /// <summary>
    /// Keeps an old index that still matches a new one (after renames), leaves the index of a removed
    /// column with that column, and drops the others before creating the indexes the new definition adds.
    /// </summary>
    private static void IndexSteps(TableDefinition old, TableDefinition table, Dictionary<string, string> newNameByOld, List<MigrationStep> steps)
    {
        var wanted = UniqueIndexes.Of(table);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in UniqueIndexes.Of(old))
        {
            var translated = index with
            {
                Table = table.Name,
                Columns = index.Columns.Select(c => newNameByOld.GetValueOrDefault(c, c)).ToList(),
            };
            if (wanted.FirstOrDefault(w => w.SameAs(translated)) is { } same)
            {
                present.Add(same.Name);
                continue;
            }

            var uniqueColumn = index.Columns[^1];
            var replacement = newNameByOld.TryGetValue(uniqueColumn, out var newColumn)
                ? wanted.FirstOrDefault(w => w.Columns[^1] == newColumn)
                : null;
            var columnRemoved = !newNameByOld.ContainsKey(uniqueColumn);
            if (columnRemoved && wanted.All(w => w.Name != index.Name))
            {
                continue;
            }

            var reason = replacement is not null
                ? $"; it is rebuilt as {replacement.Name} on ({replacement.ColumnList})"
                : columnRemoved ? ": the new definition needs its name" : $": {table.Name}.{newColumn} is no longer unique";
            steps.Add(new MigrationStep($"Drop unique index {index.Name}{reason}", [TableOperations.DropIndex(translated)]));
        }

        steps.AddRange(wanted.Where(w => !present.Contains(w.Name)).Select(CreateIndexStep));
    }
}
