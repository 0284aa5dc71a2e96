using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Every error one operation of a table can answer, filled from the definition: the same cases the
/// OpenAPI document lists, for the Studio's error preview.
/// </summary>
public static class OperationErrors
{
    /// <summary>The operations of a table by key (<c>list</c>, <c>get</c>, …, <c>view:{name}</c>, <c>action:{name}</c>) and label.</summary>
    public static IReadOnlyList<(string Key, string Label)> Operations(TableDefinition table) =>
        All(table).Select(o => (Key(o), $"{o.Method} {o.Path}")).ToList();

    /// <summary>The errors of the operation with this key, in request order; none when the key is unknown.</summary>
    public static IReadOnlyList<(ApiError Error, RequestEcho Request)> For(ApiDefinition definition, TableDefinition table, string operationKey)
    {
        var operation = All(table).FirstOrDefault(o => Key(o) == operationKey);
        if (operation is null)
        {
            return [];
        }

        var context = new OpenApiContext(definition);
        var fields = new TableFields(table);
        return TableErrorCases.For(context, fields, operation, AccessSummary.For(context, operation), new RecordWriteErrors(context, fields))
            .Select(c => (c.Error, c.Request))
            .ToList();
    }

    private static IEnumerable<TableOperation> All(TableDefinition table)
    {
        var access = table.Access;
        yield return new(TableOperationKind.List, table, access.List);
        yield return new(TableOperationKind.Get, table, access.Get);
        yield return new(TableOperationKind.Create, table, access.Create);
        yield return new(TableOperationKind.Update, table, access.Update);
        yield return new(TableOperationKind.Delete, table, access.Delete);
        yield return new(TableOperationKind.BatchCreate, table, access.Create);
        yield return new(TableOperationKind.BatchUpdate, table, access.Update);
        yield return new(TableOperationKind.BatchDelete, table, access.Delete);
        foreach (var view in table.Views)
        {
            yield return new(TableOperationKind.View, table, new AccessRule { Roles = view.Roles }) { View = view };
        }

        foreach (var action in table.Actions)
        {
            yield return new(action.Scope == ActionScope.Standalone ? TableOperationKind.StandaloneAction : TableOperationKind.RecordAction,
                table, action.Access) { Action = action };
        }
    }

    private static string Key(TableOperation operation) => operation.Kind switch
    {
        TableOperationKind.View => "view:" + operation.View!.Name,
        TableOperationKind.RecordAction or TableOperationKind.StandaloneAction => "action:" + operation.Action!.Name,
        _ => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(operation.Kind.ToString()),
    };
}
