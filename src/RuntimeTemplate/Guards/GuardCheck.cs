using System.Text.Json;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Guards;

/// <summary>
/// The guards layer: which fields of a body a write may set. Strict tables reject the body with the first
/// violated GUARD_* code; strip tables drop the forbidden fields and carry on.
/// </summary>
/// <remarks>
/// Precedence, most fundamental first: GUARD_SYSTEM_MANAGED, GUARD_FIELD_PROTECTED (unless the write is an
/// action the field lists), GUARD_FIELD_IMMUTABLE (updates and record actions), GUARD_FIELD_NOT_CREATEABLE
/// (creates: neither createable nor immutable, or not a column), GUARD_FIELD_NOT_UPDATABLE (updates: not
/// updatable, or not a column). <c>details.fields</c> lists every field whose first broken rule is that code,
/// in body order. With <c>guards.enabled: false</c> the createable, updatable and immutable lists are
/// ignored (as the validator warns), while system-managed, protected and unknown fields are still refused.
/// </remarks>
public static class GuardCheck
{
    /// <summary>Checks field names (in body order) and returns the ones that may be written.</summary>
    /// <exception cref="ApiException">400 GUARD_* with <c>details.fields</c>, in strict mode only.</exception>
    public static GuardOutcome Check(TableDefinition table, WriteKind write, IEnumerable<string> fields, DecisionTrace trace)
    {
        var (outcome, refusal) = Evaluate(table, write, fields, trace);
        return refusal is null ? outcome! : throw new ApiException(refusal);
    }

    /// <summary>
    /// The 400 GUARD_* that <see cref="Check"/> would throw for these fields, or null when it lets them through.
    /// Returned rather than thrown: the OpenAPI document asks this of every field of every table.
    /// </summary>
    public static ApiError? Refusal(TableDefinition table, WriteKind write, IEnumerable<string> fields, DecisionTrace trace) =>
        Evaluate(table, write, fields, trace).Refusal;

    private static (GuardOutcome? Outcome, ApiError? Refusal) Evaluate(TableDefinition table, WriteKind write, IEnumerable<string> fields, DecisionTrace trace)
    {
        var rules = new GuardRules(table);
        var rulings = fields.Distinct(StringComparer.Ordinal).Select(f => (Field: f, Ruling: rules.Rule(write, f))).ToList();
        var allowed = rulings.Where(r => r.Ruling is null).Select(r => r.Field).ToList();
        var refused = rulings.Where(r => r.Ruling is not null).Select(r => (r.Field, Ruling: r.Ruling!)).ToList();

        if (refused.Count > 0 && table.Guards.Mode == GuardMode.Strict)
        {
            var code = GuardRules.Precedence.First(c => refused.Any(r => r.Ruling.Code == c));
            var violated = refused.Where(r => r.Ruling.Code == code).ToList();
            trace.Failed(ErrorLayer.Guards, violated[0].Ruling.Rule,
                "guards: " + string.Join("; ", violated.Select(v => v.Ruling.Reason)),
                string.Join("; ", violated.Select(v => v.Ruling.Fix).Distinct()));
            return (null, ApiErrors.GuardFields(code, violated.Select(v => v.Field)));
        }

        var stripped = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, ruling) in refused)
        {
            stripped[field] = ruling.Code;
            trace.Passed(ErrorLayer.Guards, ruling.Rule, $"guards: stripped '{field}' ({ruling.Code}): {ruling.Reason}");
        }

        trace.Passed(ErrorLayer.Guards, table.Guards.Enabled ? "guards" : "guards.enabled", Summary(table, write, allowed));
        return (new GuardOutcome(allowed, stripped), null);
    }

    /// <summary>Checks a read body and returns it without the stripped fields, in body order.</summary>
    /// <exception cref="ApiException">400 GUARD_* with <c>details.fields</c>, in strict mode only.</exception>
    public static IReadOnlyDictionary<string, JsonElement> Apply(TableDefinition table, WriteKind write,
        IReadOnlyDictionary<string, JsonElement> body, DecisionTrace trace)
    {
        var outcome = Check(table, write, body.Keys, trace);
        var kept = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in outcome.Allowed)
        {
            kept[field] = body[field];
        }

        return kept;
    }

    private static string Summary(TableDefinition table, WriteKind write, IReadOnlyList<string> allowed)
    {
        var what = allowed.Count == 0 ? "no fields" : string.Join(", ", allowed.Select(f => $"'{f}'"));
        return table.Guards.Enabled
            ? $"guards: {write} on '{table.Name}' may set {what}"
            : $"guards: guards are off for '{table.Name}', so every field but the system-managed ones may be set; {write} sets {what}";
    }
}
