namespace ApiStudio.Runtime.Tracing;

/// <summary>
/// One layer's decision: what was checked, the outcome, the rule that decided and why, in plain words
/// (<c>access: role 'viewer' is not in update roles [admin, editor]</c>), and for a denial what would let it through.
/// </summary>
public sealed record TraceStep(string Layer, TraceOutcome Outcome, string Rule, string Reason)
{
    /// <summary>What change to the request or the design would let the request through.</summary>
    public string? Fix { get; init; }

    /// <summary>The JSON path in the definition of the rule that decided, for a link to that setting.</summary>
    public string? DefinitionPath { get; init; }
}
