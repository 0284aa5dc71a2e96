using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>Everything one request to a table endpoint needs: the table, the caller, the trace and the store.</summary>
public sealed class TableRequest
{
    public TableRequest(HttpContext http, TableDefinition table)
    {
        Http = http;
        Options = http.RequestServices.GetRequiredService<RuntimeOptions>();
        Table = table;
        TableIndex = IndexOf(Definition.Tables, table);
        Caller = http.GetCaller();
        Trace = http.Trace();
        Store = TableStore.For(http.RequestServices.GetRequiredService<ApiDbContext>(), table);
        Now = Options.Clock.GetUtcNow().UtcDateTime;
    }

    public HttpContext Http { get; }

    public RuntimeOptions Options { get; }

    public ApiDefinition Definition => Options.Definition;

    public TableDefinition Table { get; }

    public int TableIndex { get; }

    public CallerIdentity Caller { get; }

    public DecisionTrace Trace { get; }

    public TableStore Store { get; }

    public DateTime Now { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The JSON path of a part of this table in the definition, for the trace's links.</summary>
    public string PathOf(string part) => $"$.tables[{TableIndex}].{part}";

    public string AccessPath(CrudOperation operation) => PathOf($"access.{operation.ToString().ToLowerInvariant()}");

    /// <summary>The table's position, found by reference first: comparing records by value would compare every rule.</summary>
    private static int IndexOf(IReadOnlyList<TableDefinition> tables, TableDefinition table)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (ReferenceEquals(tables[i], table))
            {
                return i;
            }
        }

        return tables.ToList().IndexOf(table);
    }
}
