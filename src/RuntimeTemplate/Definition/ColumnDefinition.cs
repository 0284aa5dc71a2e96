namespace ApiStudio.Runtime.Definition;

/// <summary>One column of a table.</summary>
public sealed record ColumnDefinition
{
    public required string Name { get; init; }

    [AlwaysWritten]
    public ColumnType Type { get; init; } = ColumnType.Text;

    public string? Description { get; init; }

    public bool Nullable { get; init; } = true;

    /// <summary>A literal, or <c>$now</c> / <c>$uuid</c> for a value made at insert time.</summary>
    public Operand? Default { get; init; }

    public bool Unique { get; init; }

    public bool PrimaryKey { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The only values a text column accepts.</summary>
    public IReadOnlyList<string> Enum { get; init; } = [];

    /// <summary>Name of the table whose primary key this column holds.</summary>
    public string? References { get; init; }

    public ColumnFormat? Format { get; init; }

    /// <summary>A value is required on create: NOT NULL, no default, not the key.</summary>
    public bool IsRequiredOnCreate => !Nullable && Default is null && !PrimaryKey;
}
