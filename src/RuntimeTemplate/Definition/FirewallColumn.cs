namespace ApiStudio.Runtime.Definition;

public sealed record FirewallColumn
{
    public required string Column { get; init; }
}
