using ApiStudio.Runtime.Tracing;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Errors;

/// <summary>Per-request facts the error body and the trace need: request id, masked fields to redact, the trace.</summary>
public static class RequestState
{
    private const string TraceKey = "ApiStudio.Trace";
    private const string MaskedKey = "ApiStudio.MaskedFields";
    public const string RequestIdHeader = "X-Request-Id";

    public static string RequestId(this HttpContext context) => context.TraceIdentifier;

    public static DecisionTrace Trace(this HttpContext context)
    {
        if (context.Items.TryGetValue(TraceKey, out var value) && value is DecisionTrace trace)
        {
            return trace;
        }

        var created = new DecisionTrace();
        context.Items[TraceKey] = created;
        return created;
    }

    /// <summary>Fields of the addressed table whose values must not be echoed back in an error body.</summary>
    public static void SetMaskedFields(this HttpContext context, IReadOnlySet<string> fields) => context.Items[MaskedKey] = fields;

    public static IReadOnlySet<string>? MaskedFields(this HttpContext context) =>
        context.Items.TryGetValue(MaskedKey, out var value) ? value as IReadOnlySet<string> : null;
}
