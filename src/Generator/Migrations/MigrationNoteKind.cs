namespace ApiStudio.Generator.Migrations;

public enum MigrationNoteKind
{
    /// <summary>A table left the definition without a rename hint; it stays in the database (no DROP TABLE).</summary>
    TableKept,

    /// <summary>A column left the definition without a rename hint; it stays in the database (no DROP COLUMN).</summary>
    ColumnKept,

    /// <summary>A column's type changed; the database column keeps its old type.</summary>
    TypeNotMigrated,

    /// <summary>A column became nullable or NOT NULL; the database column keeps its old nullability.</summary>
    NullabilityNotMigrated,

    /// <summary>A text column's maximum length changed; the database column keeps its old length.</summary>
    MaxLengthNotMigrated,

    /// <summary>The table's primary key moved to another column; the database keeps the old key.</summary>
    PrimaryKeyNotMigrated,

    /// <summary>A NOT NULL column was added to a table that may hold rows; those rows got a fixed value.</summary>
    ExistingRowsFilled,
}
