namespace ApiStudio.Runtime.Tracing;

public enum TraceOutcome
{
    Passed,
    Failed,

    /// <summary>The layer does not apply to this request, for example the firewall of a public table.</summary>
    Skipped,
}
