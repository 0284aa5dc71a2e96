namespace ApiStudio.Runtime.OpenApi;

/// <summary>The component schema names of one table, claimed once so every reference agrees.</summary>
internal sealed record TableSchemaNames
{
    /// <summary>PascalCase singular (<c>Deal</c>): components and per-record operation ids.</summary>
    public required string Singular { get; init; }

    /// <summary>PascalCase as named (<c>Deals</c>): list operation ids.</summary>
    public required string Plural { get; init; }

    public required string Record { get; init; }

    public required string Create { get; init; }

    public required string Update { get; init; }

    public required string List { get; init; }

    public required string BatchCreate { get; init; }

    public required string BatchUpdate { get; init; }

    public required string BatchDelete { get; init; }

    public required string BatchResult { get; init; }

    /// <summary>The answer to a delete: the key and <c>deleted: true</c>.</summary>
    public required string Deleted { get; init; }

    public required string BatchDeleteResult { get; init; }

    public required IReadOnlyDictionary<string, string> Views { get; init; }

    public required IReadOnlyDictionary<string, string> ActionInputs { get; init; }
}
