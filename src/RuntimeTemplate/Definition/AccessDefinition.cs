namespace ApiStudio.Runtime.Definition;

/// <summary>Who may run each operation. An operation left out is open to secret API keys only.</summary>
public sealed record AccessDefinition
{
    public AccessRule? List { get; init; }

    public AccessRule? Get { get; init; }

    public AccessRule? Create { get; init; }

    public AccessRule? Update { get; init; }

    public AccessRule? Delete { get; init; }

    public AccessRule? For(CrudOperation operation) => operation switch
    {
        CrudOperation.List => List,
        CrudOperation.Get => Get,
        CrudOperation.Create => Create,
        CrudOperation.Update => Update,
        CrudOperation.Delete => Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public AccessDefinition With(CrudOperation operation, AccessRule? rule) => operation switch
    {
        CrudOperation.List => this with { List = rule },
        CrudOperation.Get => this with { Get = rule },
        CrudOperation.Create => this with { Create = rule },
        CrudOperation.Update => this with { Update = rule },
        CrudOperation.Delete => this with { Delete = rule },
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
