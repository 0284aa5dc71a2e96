using System.Globalization;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The value a NOT NULL column added to an existing table gives the rows already there. Both providers
/// refuse (SQLite always, PostgreSQL once the table has rows) to add such a column without a constant
/// default, and <c>$now</c> or <c>$uuid</c> are computed per insert by the runtime, not by the database.
/// </summary>
internal static class ExistingRowValues
{
    public static object For(ColumnDefinition column) =>
        column.Default is { Kind: not OperandKind.Reference } literal
        && ColumnValues.TryFromOperand(literal, column.Type, out var value, out _) && value is not null
            ? value
            : Fallback(column.Type);

    /// <summary>How a value reads in a step description and a note.</summary>
    public static string Describe(object value) => value switch
    {
        string text => $"'{text}'",
        bool boolean => boolean ? "true" : "false",
        DateTime moment => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // The Unix epoch rather than DateTime.MinValue, which Npgsql writes as -infinity.
    private static object Fallback(ColumnType type) => type switch
    {
        ColumnType.Text => "",
        ColumnType.Json => "null",
        ColumnType.Integer => 0L,
        ColumnType.Real => 0d,
        ColumnType.Boolean => false,
        ColumnType.Timestamp => DateTime.UnixEpoch,
        ColumnType.Uuid => Guid.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
