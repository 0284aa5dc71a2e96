using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Columns;

/// <summary>
/// A row of the columns grid: a mutable copy of a column while it is edited inline, turned back
/// into an immutable <see cref="ColumnDefinition"/> when the edit is committed.
/// </summary>
public sealed class ColumnDraft
{
    /// <summary>Position in the table's declared columns; -1 for a column not added yet.</summary>
    public int Index { get; set; } = -1;

    /// <summary>An audit column the runtime adds; shown, never edited.</summary>
    public bool IsSystem { get; init; }

    /// <summary>The name the column had when the edit started, to carry a rename to the rules that use it.</summary>
    public string? OriginalName { get; set; }

    public string Name { get; set; } = "";

    public ColumnType Type { get; set; } = ColumnType.Text;

    public bool Nullable { get; set; } = true;

    public string DefaultText { get; set; } = "";

    public bool Unique { get; set; }

    public bool PrimaryKey { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>Allowed values, comma-separated.</summary>
    public string EnumText { get; set; } = "";

    public string? References { get; set; }

    public ColumnFormat? Format { get; set; }

    public string? Description { get; set; }

    public bool IsNew => Index < 0;

    public static ColumnDraft From(ColumnDefinition column, int index, bool isSystem = false) => new()
    {
        Index = index,
        IsSystem = isSystem,
        OriginalName = column.Name,
        Name = column.Name,
        Type = column.Type,
        Nullable = column.Nullable,
        DefaultText = OperandText.Format(column.Default),
        Unique = column.Unique,
        PrimaryKey = column.PrimaryKey,
        MaxLength = column.MaxLength,
        EnumText = string.Join(", ", column.Enum),
        References = column.References,
        Format = column.Format,
        Description = column.Description,
    };

    public ColumnDefinition ToColumn() => new()
    {
        Name = Name.Trim(),
        Type = Type,
        Nullable = Nullable,
        Default = OperandText.Parse(DefaultText, Type),
        Unique = Unique,
        PrimaryKey = PrimaryKey,
        MaxLength = MaxLength,
        Enum = EnumText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        References = string.IsNullOrWhiteSpace(References) ? null : References,
        Format = Format,
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
    };

    /// <summary>The table with this draft in place of the column it edits, or appended when it is new.</summary>
    public TableDefinition ApplyTo(TableDefinition table)
    {
        var column = ToColumn();
        if (IsNew)
        {
            return table with { Columns = [.. table.Columns, column] };
        }

        var renamed = OriginalName is { } original && original != column.Name && table.FindColumn(original) is not null
            ? ColumnMentions.Rename(table, original, column.Name)
            : table;
        return renamed with { Columns = renamed.Columns.Select((c, i) => i == Index ? column : c).ToList() };
    }
}
