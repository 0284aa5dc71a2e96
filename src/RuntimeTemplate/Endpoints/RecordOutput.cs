using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Masking;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>The last layer for every response that carries records: masking, then the fields to show.</summary>
public static class RecordOutput
{
    public static JsonObject Render(TableRequest request, IDictionary<string, object?> row, bool traceMasking = true) =>
        RecordJson.From(request.Store.Columns, Masked(request, row, traceMasking));

    /// <summary>One record as the response body.</summary>
    public static Action<Utf8JsonWriter> Body(TableRequest request, IDictionary<string, object?> row) =>
        writer => Write(writer, request, row, request.Store.Columns, traceMasking: true);

    public static void Write(Utf8JsonWriter writer, TableRequest request, IDictionary<string, object?> row, IReadOnlyList<ColumnDefinition> columns,
        bool traceMasking) =>
        RecordJson.Write(writer, columns, Masked(request, row, traceMasking));

    /// <summary>The rows as a JSON array; only the first row's masking goes into the trace.</summary>
    public static void WriteAll(Utf8JsonWriter writer, TableRequest request, IReadOnlyList<Dictionary<string, object?>> rows,
        IReadOnlyList<ColumnDefinition> columns)
    {
        writer.WriteStartArray();
        for (var index = 0; index < rows.Count; index++)
        {
            Write(writer, request, rows[index], columns, traceMasking: index == 0);
        }

        writer.WriteEndArray();
    }

    public static IReadOnlyList<ColumnDefinition> Columns(TableDefinition table) => SystemColumns.EffectiveColumns(table);

    /// <summary>The row as the caller may see it; a table without masked columns shows every row as it is, uncopied.</summary>
    private static IDictionary<string, object?> Masked(TableRequest request, IDictionary<string, object?> row, bool traceMasking) =>
        RecordMasking.HasMaskedColumns(request.Table)
            ? RecordMasking.Apply(request.Definition, request.Table, request.Caller, row, traceMasking ? request.Trace : null)
            : row;
}
