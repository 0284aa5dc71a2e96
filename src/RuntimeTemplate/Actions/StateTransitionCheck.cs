using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Actions;

/// <summary>An action with a transition may only move its field from a state its <c>fromTo</c> lists to one of that state's targets.</summary>
public static class StateTransitionCheck
{
    public static void Require(ActionDefinition action, IReadOnlyDictionary<string, object?> row, IReadOnlyDictionary<string, object?> values,
        DecisionTrace trace, string definitionPath)
    {
        if (action.Transition is not { } transition)
        {
            return;
        }

        var current = row.GetValueOrDefault(transition.Field)?.ToString();
        var target = values.TryGetValue(transition.Field, out var next) ? next?.ToString() : current;
        var allowedFrom = transition.FromTo.Where(kv => target is not null && kv.Value.Contains(target)).Select(kv => kv.Key).ToList();
        if (current is not null && transition.FromTo.TryGetValue(current, out var targets) && target is not null && targets.Contains(target))
        {
            trace.Passed(ErrorLayer.Access, "transition", $"{transition.Field} may move from '{current}' to '{target}'", definitionPath);
            return;
        }

        var reason = current is not null && transition.FromTo.TryGetValue(current, out var possible)
            ? $"{transition.Field} is '{current}', which may move only to [{string.Join(", ", possible)}], not '{target}'"
            : $"{transition.Field} is '{current ?? "null"}', a state '{action.Name}' does not start from";
        trace.Failed(ErrorLayer.Access, "transition", reason,
            allowedFrom.Count > 0 ? $"Run '{action.Name}' on a record whose {transition.Field} is one of [{string.Join(", ", allowedFrom)}]." : "Choose a target state the transition allows.",
            definitionPath);
        throw new ApiException(ApiErrors.AccessActionNotAllowedForState(action.Name, transition.Field, current,
            allowedFrom.Count > 0 ? allowedFrom : transition.FromTo.Keys));
    }
}
