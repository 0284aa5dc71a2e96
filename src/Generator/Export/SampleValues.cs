using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>Plausible values for request bodies in the README's examples, valid for each column's type, enum, format and length.</summary>
internal static class SampleValues
{
    public const string SampleId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    public static JsonNode? For(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer => 1,
        ColumnType.Real => 1.5,
        ColumnType.Boolean => true,
        ColumnType.Timestamp => "2025-01-31T09:30:00Z",
        ColumnType.Uuid => SampleId,
        ColumnType.Json => new JsonObject(),
        _ => Text(column),
    };

    /// <summary>A create body: every createable field a create requires, or the first createable one when none is required.</summary>
    public static JsonObject CreateBody(TableDefinition table)
    {
        var createable = Createable(table);
        var required = createable.Where(c => c.IsRequiredOnCreate).ToList();
        var body = new JsonObject();
        foreach (var column in required.Count > 0 ? required : createable.Take(1))
        {
            body[column.Name] = For(column);
        }

        return body;
    }

    public static IReadOnlyList<ColumnDefinition> Createable(TableDefinition table)
    {
        var managed = SystemColumns.ManagedFields(table);
        var listed = table.Guards.Enabled ? table.Guards.Createable.Concat(table.Guards.Immutable).ToHashSet(StringComparer.Ordinal) : null;
        return table.Columns
            .Where(c => !managed.Contains(c.Name) && !table.Guards.Protected.ContainsKey(c.Name))
            .Where(c => listed is null || listed.Contains(c.Name))
            .ToList();
    }

    private static string Text(ColumnDefinition column)
    {
        var text = column.Enum.Count > 0 ? column.Enum[0] : column.Format switch
        {
            ColumnFormat.Email => "ann@example.com",
            ColumnFormat.Url => "https://example.com",
            ColumnFormat.Phone => "+1 555 0100",
            ColumnFormat.Date => "2025-01-31",
            _ => "Example",
        };
        return column.MaxLength is { } max && text.Length > max ? text[..max] : text;
    }
}
