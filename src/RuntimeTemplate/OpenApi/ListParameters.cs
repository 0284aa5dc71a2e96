using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The query parameters of a list or view: paging, sort, fields, search, total, and one filter per
/// filterable column. The other comparisons (<c>field.ne=</c>, <c>.gt</c>, ...) are listed in the filter's
/// description and <c>x-operators</c>, because OpenAPI cannot name a parameter by pattern. Operators and
/// searchable columns come from the runtime's query parser, so the document offers what it accepts.
/// </summary>
internal static class ListParameters
{
    public static IEnumerable<JsonNode> For(TableFields fields, ViewDefinition? view)
    {
        var table = fields.Table;
        var visible = view is null ? table : table with { Columns = table.Columns.Where(c => c.PrimaryKey || view.Fields.Contains(c.Name)).ToList() };
        var columns = SystemColumns.EffectiveColumns(visible)
            .Where(c => c.Type != ColumnType.Json && (view is null || c.PrimaryKey || view.Fields.Contains(c.Name)))
            .ToList();
        var names = columns.Select(c => c.Name).ToList();
        var sample = names.Take(2).Select((n, i) => i == 1 ? "-" + n : n);
        yield return OpenApiContext.ParameterRef(SharedParameters.Limit);
        yield return OpenApiContext.ParameterRef(SharedParameters.Offset);
        yield return OpenApiContext.ParameterRef(SharedParameters.Page);
        yield return Query(ListQuery.Sort, $"Comma-separated fields to sort by, `-` first for descending, e.g. `{string.Join(",", sample)}`. "
            + $"Fields: {string.Join(", ", names)}.", new JsonObject { ["type"] = "string", ["maxLength"] = ListQueryLimits.MaxListLength });
        if (view is null)
        {
            yield return Query(ListQuery.Fields, $"Comma-separated fields to return, e.g. `{string.Join(",", names.Take(2))}`; the others are left out.",
                new JsonObject { ["type"] = "string", ["maxLength"] = ListQueryLimits.MaxListLength });
        }

        var searchable = SearchableColumns.Of(visible).Select(c => c.Name).ToList();
        if (searchable.Count > 0)
        {
            yield return Query(ListQuery.Search, $"Text that {string.Join(", ", searchable)} must contain (any of them, ignoring case).",
                new JsonObject { ["type"] = "string", ["maxLength"] = ListQueryLimits.MaxSearchLength });
        }

        yield return OpenApiContext.ParameterRef(SharedParameters.Total);
        foreach (var column in columns)
        {
            yield return Filter(column, fields.Masked.Contains(column.Name));
        }
    }

    private static JsonObject Filter(ColumnDefinition column, bool masked)
    {
        var suffixes = FilterOperators.SuffixesFor(column.Type);
        // A column named like a reserved parameter (page, total) is filtered with its explicit .eq form.
        var name = ListQuery.ReservedParameters.Contains(column.Name) ? column.Name + ".eq" : column.Name;
        var others = suffixes.Where(s => s != "eq").ToList();
        var description = $"Only records whose `{column.Name}` equals this value. Other comparisons: "
            + string.Join(", ", others.Select(o => $"`{column.Name}.{o}=`"))
            + (others.Contains("in") ? " (`in` and `nin` take a comma-separated list)." : ".");
        if (masked)
        {
            description += " Callers who see the column masked may not filter or sort by it (400 `VALIDATION_INVALID_QUERY`).";
        }

        return new JsonObject
        {
            ["name"] = name,
            ["in"] = "query",
            ["description"] = description,
            ["schema"] = ColumnSchemas.Query(column),
            ["x-operators"] = JsonArrays.Of(suffixes),
        };
    }

    private static JsonObject Query(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = schema,
    };
}
