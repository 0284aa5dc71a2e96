namespace ApiStudio.Runtime.Definition;

public sealed record OwnerColumn
{
    public required string Column { get; init; }

    public OwnerMode Mode { get; init; } = OwnerMode.Required;
}
