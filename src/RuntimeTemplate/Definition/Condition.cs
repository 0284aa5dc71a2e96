using System.Text.Json.Serialization;

namespace ApiStudio.Runtime.Definition;

/// <summary>
/// A record condition. Written as <c>{ "field": { "equals": v }, "and": [...], "or": [...] }</c>:
/// every comparison and every <c>and</c> child must hold, and at least one <c>or</c> child when there are any.
/// </summary>
[JsonConverter(typeof(ConditionJsonConverter))]
public sealed record Condition
{
    public IReadOnlyList<Comparison> Comparisons { get; init; } = [];

    public IReadOnlyList<Condition> And { get; init; } = [];

    public IReadOnlyList<Condition> Or { get; init; } = [];

    public static Condition Of(params Comparison[] comparisons) => new() { Comparisons = comparisons };

    /// <summary>Every comparison in this tree, however deep.</summary>
    public IEnumerable<Comparison> AllComparisons() =>
        Comparisons.Concat(And.SelectMany(c => c.AllComparisons())).Concat(Or.SelectMany(c => c.AllComparisons()));

    public int Depth() => 1 + And.Concat(Or).Select(c => c.Depth()).DefaultIfEmpty(0).Max();
}
