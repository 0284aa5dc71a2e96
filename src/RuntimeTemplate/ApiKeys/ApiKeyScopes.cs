using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.ApiKeys;

/// <summary>
/// Whether an API key's scopes admit an operation on a table. A scope is <c>{table}:{op}</c> with <c>*</c>
/// allowed on either side; the op <c>read</c> covers <c>list</c> and <c>get</c>. Tables compare
/// case-sensitively (they are case-sensitive everywhere), operations ignore case.
/// </summary>
public static class ApiKeyScopes
{
    public const string Wildcard = "*";
    public const string Read = "read";

    /// <summary>Operations a scope may name besides a table's action names.</summary>
    public static readonly IReadOnlyList<string> Operations = ["read", "list", "get", "create", "update", "delete"];

    public static bool Allows(IEnumerable<string> scopes, string table, string operation)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        foreach (var scope in scopes)
        {
            var colon = scope.LastIndexOf(':');
            if (colon <= 0 || colon == scope.Length - 1)
            {
                continue;
            }

            var scopeTable = scope[..colon];
            var scopeOperation = scope[(colon + 1)..];
            if ((scopeTable == Wildcard || scopeTable == table) && OperationMatches(scopeOperation, operation))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Allows(IEnumerable<string> scopes, string table, CrudOperation operation) =>
        Allows(scopes, table, operation.ToString().ToLowerInvariant());

    /// <summary>Why a scope cannot be given to a key of this API, or null when it can.</summary>
    public static string? Problem(ApiDefinition definition, string scope)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = scope.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return $"'{scope}' is not of the form {{table}}:{{operation}}";
        }

        var (tableName, operation) = (parts[0], parts[1]);
        var table = tableName == Wildcard ? null : definition.FindTable(tableName);
        if (tableName != Wildcard && table is null)
        {
            return $"'{scope}' names no table of this API";
        }

        var known = operation == Wildcard
            || Operations.Contains(operation, StringComparer.OrdinalIgnoreCase)
            || table?.Actions.Any(a => a.Name == operation) == true;
        return known ? null : $"'{scope}' names no operation: use *, {string.Join(", ", Operations)} or an action of the table";
    }

    /// <summary>Why a scope cannot be given to a publishable key, which may only read, or null when it can.</summary>
    public static string? PublishableProblem(string scope)
    {
        var colon = scope.LastIndexOf(':');
        return colon < 0 || IsRead(scope[(colon + 1)..]) ? null
            : $"'{scope}' allows more than reading, and a publishable key may only read: use '{scope[..colon]}:read'";
    }

    /// <summary>The scope that would admit the operation, as <c>details.required</c> of ACCESS_SCOPE_INSUFFICIENT names it.</summary>
    public static string Required(string table, string operation) => $"{table}:{operation.ToLowerInvariant()}";

    private static bool OperationMatches(string scopeOperation, string operation) =>
        scopeOperation == Wildcard
        || string.Equals(scopeOperation, operation, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(scopeOperation, Read, StringComparison.OrdinalIgnoreCase) && IsRead(operation));

    /// <summary>Whether the operation only reads: list, get, or read (views are checked as list).</summary>
    public static bool IsRead(string operation) =>
        operation.Equals("list", StringComparison.OrdinalIgnoreCase) || operation.Equals("get", StringComparison.OrdinalIgnoreCase)
        || operation.Equals(Read, StringComparison.OrdinalIgnoreCase);
}
