using ApiStudio.Runtime.Access;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>
/// The layers every operation on one record passes in order: authentication, API-key scope, firewall
/// (scope, then the record by id, else why not), access (roles, ownership, record condition).
/// </summary>
public static class RecordAccess
{
    /// <summary>Authentication, scope, firewall scope and roles: enough for lists and creates.</summary>
    public static FirewallScope Enter(TableRequest request, string operation, AccessRule? rule, string rulePath)
    {
        RoleCheck.RequireAuthentication(rule, request.Caller, request.Trace);
        ScopeCheck.Require(request.Caller, request.Table.Name, operation, request.Trace);
        var scope = FirewallScope.For(request.Table, request.Caller, request.Trace);
        RoleCheck.Require(request.Definition, $"{operation} on '{request.Table.Name}'", rule, request.Caller, request.Trace, rulePath);
        return scope;
    }

    /// <summary>Everything up to and including the record condition, for a record addressed by id.</summary>
    public static async Task<(FirewallScope Scope, object Id, Dictionary<string, object?> Row)> LoadAsync(TableRequest request, string idText,
        string operation, AccessRule? rule, string rulePath, bool checkRecordRules = true)
    {
        RoleCheck.RequireAuthentication(rule, request.Caller, request.Trace);
        ScopeCheck.Require(request.Caller, request.Table.Name, operation, request.Trace);
        var scope = FirewallScope.For(request.Table, request.Caller, request.Trace);
        var (id, row) = await FindAsync(request, scope, idText);
        RoleCheck.Require(request.Definition, $"{operation} on '{request.Table.Name}'", rule, request.Caller, request.Trace, rulePath);
        if (checkRecordRules)
        {
            CheckRecordRules(request, rule, row, rulePath);
        }

        return (scope, id, row);
    }

    /// <summary>The record with this id inside the scope, or the firewall's error saying why not.</summary>
    public static async Task<(object Id, Dictionary<string, object?> Row)> FindAsync(TableRequest request, FirewallScope scope, string idText)
    {
        if (!request.Store.TryParseId(idText, out var id))
        {
            throw new ApiException(scope.Diagnose(null, request.Trace));
        }

        var row = await request.Store.FindAsync(id!, scope, request.Aborted);
        if (row is null)
        {
            throw new ApiException(scope.Diagnose(await request.Store.FindUnscopedAsync(id!, request.Aborted), request.Trace));
        }

        request.Trace.Passed(ErrorLayer.Firewall, "record", $"the record {idText} is inside the caller's scope");
        return (id!, row);
    }

    public static void CheckRecordRules(TableRequest request, AccessRule? rule, IReadOnlyDictionary<string, object?> row, string rulePath)
    {
        OwnershipCheck.Require(request.Table, rule, row, request.Caller, request.Trace, rulePath);
        RecordConditionCheck.Require(request.Table, rule, row, request.Caller, request.Trace, rulePath);
    }
}
