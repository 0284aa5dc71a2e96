using System.Text.Json.Nodes;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Masking;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>The last layer for every response that carries records: masking, then the fields to show.</summary>
public static class RecordOutput
{
    public static JsonObject Render(TableRequest request, IDictionary<string, object?> row, bool traceMasking = true) =>
        Render(request, row, request.Store.Columns, traceMasking);

    public static JsonObject Render(TableRequest request, IDictionary<string, object?> row, IReadOnlyList<ColumnDefinition> columns, bool traceMasking)
    {
        var masked = RecordMasking.Apply(request.Definition, request.Table, request.Caller, row, traceMasking ? request.Trace : null);
        return RecordJson.From(columns, masked);
    }

    public static JsonArray RenderAll(TableRequest request, IReadOnlyList<Dictionary<string, object?>> rows, IReadOnlyList<ColumnDefinition> columns) =>
        new(rows.Select((row, index) => (JsonNode?)Render(request, row, columns, traceMasking: index == 0)).ToArray());

    public static IReadOnlyList<ColumnDefinition> Columns(TableDefinition table) => SystemColumns.EffectiveColumns(table);
}
