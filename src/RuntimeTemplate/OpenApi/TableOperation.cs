using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>One route of a table: what it does, the rule that guards it, and the view or action it serves.</summary>
internal sealed record TableOperation(TableOperationKind Kind, TableDefinition Table, AccessRule? Rule)
{
    public ViewDefinition? View { get; init; }

    public ActionDefinition? Action { get; init; }

    /// <summary>Addresses one existing record by id, so the firewall can refuse it.</summary>
    public bool AddressesRecord => Kind is TableOperationKind.Get or TableOperationKind.Update or TableOperationKind.Delete
        or TableOperationKind.RecordAction;

    public bool IsBatch => Kind is TableOperationKind.BatchCreate or TableOperationKind.BatchUpdate or TableOperationKind.BatchDelete;

    public bool IsAction => Kind is TableOperationKind.RecordAction or TableOperationKind.StandaloneAction;

    /// <summary>Reads a JSON body; actions do even without inputs, where an empty body reads as {}.</summary>
    public bool ReadsBody => Kind is not (TableOperationKind.List or TableOperationKind.Get or TableOperationKind.Delete or TableOperationKind.View);

    public string Method => Kind switch
    {
        TableOperationKind.List or TableOperationKind.Get or TableOperationKind.View => "GET",
        TableOperationKind.Update or TableOperationKind.BatchUpdate => "PATCH",
        TableOperationKind.Delete or TableOperationKind.BatchDelete => "DELETE",
        _ => "POST",
    };

    /// <summary>The path under the base path, with <c>{id}</c> for the record.</summary>
    public string Path => Kind switch
    {
        TableOperationKind.List or TableOperationKind.Create => $"/{Table.Name}",
        TableOperationKind.Get or TableOperationKind.Update or TableOperationKind.Delete => $"/{Table.Name}/{{id}}",
        TableOperationKind.BatchCreate or TableOperationKind.BatchUpdate or TableOperationKind.BatchDelete => $"/{Table.Name}/batch",
        TableOperationKind.View => $"/{Table.Name}/views/{View!.Name}",
        TableOperationKind.RecordAction => $"/{Table.Name}/{{id}}/{Action!.Name}",
        _ => $"/{Table.Name}/actions/{Action!.Name}",
    };

    /// <summary>The rate limit bucket the request counts against.</summary>
    public string RateKind => Kind switch
    {
        TableOperationKind.List or TableOperationKind.Get or TableOperationKind.View => "read",
        TableOperationKind.Create or TableOperationKind.BatchCreate or TableOperationKind.StandaloneAction => "create",
        TableOperationKind.Delete or TableOperationKind.BatchDelete => "delete",
        _ => "update",
    };

    /// <summary>The operation an API key's scope must name (<c>{table}:{op}</c>).</summary>
    public string ScopeOperation => Kind switch
    {
        TableOperationKind.List or TableOperationKind.View => "list",
        TableOperationKind.Get => "get",
        TableOperationKind.Create or TableOperationKind.BatchCreate => "create",
        TableOperationKind.Update or TableOperationKind.BatchUpdate => "update",
        TableOperationKind.Delete or TableOperationKind.BatchDelete => "delete",
        _ => Action!.Name,
    };

    public int RateLimit(ProjectSettings project) => RateKind switch
    {
        "read" => Table.RateLimits?.Read ?? project.RateLimits.Read,
        "create" => Table.RateLimits?.Create ?? project.RateLimits.Create,
        "delete" => Table.RateLimits?.Delete ?? project.RateLimits.Delete,
        _ => Table.RateLimits?.Update ?? project.RateLimits.Update,
    };
}
