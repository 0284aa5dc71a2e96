namespace ApiStudio.Runtime.Querying;

/// <summary>
/// One column filter of a list request. <see cref="Values"/> hold the column's CLR values (see
/// <c>ColumnClrTypes</c>), never null: one value, or several for <c>in</c>/<c>nin</c>; for <c>like</c>
/// the pattern as the client wrote it, with <c>*</c>/<c>%</c> wildcards.
/// </summary>
public sealed record ListFilter(string Column, FilterOperator Operator, IReadOnlyList<object> Values)
{
    /// <summary>The query parameter it came from (<c>age.gt</c>), for messages.</summary>
    public string Parameter { get; init; } = Column;
}
