namespace ApiStudio.Runtime.Tracing;

/// <summary>
/// The layers' decisions for one request, in order. The simulator shows it; the exported API logs it at
/// debug level with the requestId and never returns it to clients.
/// </summary>
public sealed class DecisionTrace
{
    private readonly List<TraceStep> steps = [];

    public IReadOnlyList<TraceStep> Steps => steps;

    public TraceStep? Denial => steps.FirstOrDefault(s => s.Outcome == TraceOutcome.Failed);

    public void Passed(string layer, string rule, string reason, string? definitionPath = null) =>
        steps.Add(new TraceStep(layer, TraceOutcome.Passed, rule, reason) { DefinitionPath = definitionPath });

    public void Failed(string layer, string rule, string reason, string? fix = null, string? definitionPath = null) =>
        steps.Add(new TraceStep(layer, TraceOutcome.Failed, rule, reason) { Fix = fix, DefinitionPath = definitionPath });

    public void Skipped(string layer, string rule, string reason) =>
        steps.Add(new TraceStep(layer, TraceOutcome.Skipped, rule, reason));

    public override string ToString() =>
        string.Join("; ", steps.Select(s => $"{s.Layer} {s.Outcome.ToString().ToLowerInvariant()}: {s.Reason}"));
}
