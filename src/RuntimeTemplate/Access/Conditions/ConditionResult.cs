using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// Whether a record meets a condition; when it does not, the comparison that failed and why, in the words
/// the decision trace shows: <c>stage = 'open' failed: stage is 'won'</c>.
/// </summary>
public sealed record ConditionResult(bool Met, Comparison? FailedComparison = null, string? Reason = null)
{
    public static ConditionResult Passed { get; } = new(true);

    public static ConditionResult Failed(Comparison comparison, string reason) => new(false, comparison, reason);
}
