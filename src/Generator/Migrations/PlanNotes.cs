using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The notes a plan carries, worded for whoever reviews the SQL: what stays as it was, why, and how to
/// finish the change by hand when they want it. SQL in the advice is PostgreSQL's; SQLite cannot alter a
/// column in place and needs its table rebuilt.
/// </summary>
internal static class PlanNotes
{
    public static MigrationNote TableKept(TableDefinition old) => new(MigrationNoteKind.TableKept, old.Name, null,
        $"Table {old.Name} is no longer in the definition; it stays in the database with its rows (migrations never drop tables). " +
        $"If it was renamed, add a rename hint {{\"kind\": \"table\", \"from\": \"{old.Name}\", \"to\": \"<new name>\"}}; " +
        "otherwise drop it by hand once its data is no longer needed.");

    public static MigrationNote ColumnKept(string table, ColumnDefinition old)
    {
        var message = $"Column {table}.{old.Name} is no longer in the definition; it stays in the database with its values " +
            "(migrations never drop columns) and the API ignores it. " +
            $"If it was renamed, add a rename hint {{\"kind\": \"column\", \"table\": \"{table}\", \"from\": \"{old.Name}\", \"to\": \"<new name>\"}}.";
        if (!old.Nullable && !old.PrimaryKey)
        {
            message += " It is NOT NULL and the API no longer writes it, so inserts fail unless the database gives it a default: " +
                $"make it nullable (PostgreSQL: ALTER TABLE \"{table}\" ALTER COLUMN \"{old.Name}\" DROP NOT NULL; SQLite: rebuild the table).";
        }

        return new(MigrationNoteKind.ColumnKept, table, old.Name, message);
    }

    public static MigrationNote TypeNotMigrated(string table, ColumnDefinition old, ColumnDefinition current) =>
        new(MigrationNoteKind.TypeNotMigrated, table, current.Name,
            $"Column {table}.{current.Name} changed type from {TypeName(old.Type)} to {TypeName(current.Type)}; this is not migrated " +
            $"automatically and the database column keeps its {TypeName(old.Type)} type, so the API may fail to read or write it. " +
            $"Either keep the type {TypeName(old.Type)}, or give the column a new name (the old column is kept), " +
            "apply the migration and copy the values across with an UPDATE that converts them.");

    public static MigrationNote NullabilityNotMigrated(string table, ColumnDefinition current) =>
        new(MigrationNoteKind.NullabilityNotMigrated, table, current.Name, current.Nullable
            ? $"Column {table}.{current.Name} became nullable; the database column stays NOT NULL (not migrated automatically), " +
              "so writing null fails with DB_NOT_NULL_VIOLATION. " +
              $"Relax it by hand: PostgreSQL: ALTER TABLE \"{table}\" ALTER COLUMN \"{current.Name}\" DROP NOT NULL; SQLite: rebuild the table."
            : $"Column {table}.{current.Name} became NOT NULL; the database column stays nullable (not migrated automatically), " +
              "and the API fails to read a row that holds null there. " +
              $"Fill the empty values (UPDATE \"{table}\" SET \"{current.Name}\" = ... WHERE \"{current.Name}\" IS NULL), " +
              $"then to enforce it, PostgreSQL: ALTER TABLE \"{table}\" ALTER COLUMN \"{current.Name}\" SET NOT NULL; SQLite: rebuild the table.");

    public static MigrationNote MaxLengthNotMigrated(string table, ColumnDefinition old, ColumnDefinition current) =>
        new(MigrationNoteKind.MaxLengthNotMigrated, table, current.Name,
            $"Column {table}.{current.Name} changed its maximum length from {Length(old.MaxLength)} to {Length(current.MaxLength)}; " +
            "not migrated automatically. SQLite does not enforce lengths, so nothing is needed there; on PostgreSQL the column keeps " +
            $"its old type: ALTER TABLE \"{table}\" ALTER COLUMN \"{current.Name}\" TYPE {PostgresText(current.MaxLength)};");

    public static MigrationNote PrimaryKeyNotMigrated(string table, string? oldKey, string? newKey) =>
        new(MigrationNoteKind.PrimaryKeyNotMigrated, table, newKey,
            $"The primary key of {table} moved from {oldKey ?? "(none)"} to {newKey ?? "(none)"}; the database keeps the old key " +
            "(not migrated automatically). Create a new table with the new key under a new name and copy the rows, or keep the old key.");

    public static MigrationNote ExistingRowsFilled(string table, ColumnDefinition column, object value, bool unique)
    {
        var message = $"Column {table}.{column.Name} is added as NOT NULL, so rows already in {table} get {ExistingRowValues.Describe(value)}; " +
            "update them after the migration if another value fits better.";
        if (unique)
        {
            message += " It is unique too: building its index fails when two existing rows share that value. " +
                "Add it nullable first, fill distinct values, then make it NOT NULL.";
        }

        return new(MigrationNoteKind.ExistingRowsFilled, table, column.Name, message);
    }

    public static string TypeName(ColumnType type) => type.ToString().ToLowerInvariant();

    private static string Length(int? maxLength) => maxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited";

    private static string PostgresText(int? maxLength) => maxLength is { } length ? $"character varying({length})" : "text";
}
