namespace ApiStudio.Runtime.Definition;

/// <summary>Per-table overrides of the project's rate limits; an absent value keeps the project's.</summary>
public sealed record TableRateLimits
{
    public int? Read { get; init; }

    public int? Create { get; init; }

    public int? Update { get; init; }

    public int? Delete { get; init; }
}
