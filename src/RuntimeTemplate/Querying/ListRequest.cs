using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Querying;

/// <summary>A parsed and validated list query; every column name in it exists on the table.</summary>
public sealed record ListRequest
{
    public static ListRequest Default { get; } = new();

    /// <summary>All must hold.</summary>
    public IReadOnlyList<ListFilter> Filters { get; init; } = [];

    /// <summary>In priority order; the primary key is always added last as a tiebreaker.</summary>
    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    public int Limit { get; init; } = ListQuery.DefaultLimit;

    public int Offset { get; init; }

    /// <summary>The columns to return, in the order asked; empty means every column.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Text that some searchable column must contain, case-insensitively; null for no search.</summary>
    public string? Search { get; init; }

    /// <summary><c>total=true</c>: run a COUNT for <c>pagination.total</c>.</summary>
    public bool IncludeTotal { get; init; }

    /// <summary>The 1-based page the offset falls in.</summary>
    public int Page => Offset / Limit + 1;

    /// <summary>The columns a response row carries: the requested fields in their order, else every column.</summary>
    public IReadOnlyList<ColumnDefinition> ResponseColumns(TableDefinition table)
    {
        var columns = SystemColumns.EffectiveColumns(table);
        return Fields.Count == 0
            ? columns
            : Fields.Select(f => columns.First(c => c.Name == f)).ToList();
    }
}
