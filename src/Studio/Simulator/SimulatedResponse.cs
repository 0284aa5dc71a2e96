using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Studio.Simulator;

/// <summary>What the runtime answered, and how each layer decided.</summary>
public sealed record SimulatedResponse(
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyList<TraceStep> Trace,
    TimeSpan Elapsed);
