using ApiStudio.Runtime.Access;
using ApiStudio.Runtime.Actions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Masking;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// The 403s (and the 404 of hide mode, and the 409 of a state transition) one table operation can answer,
/// in the order the runtime checks them: key scope, active organization, the record by id, roles,
/// ownership, record condition, state.
/// </summary>
internal static class AccessErrorCases
{
    public static void Add(OpenApiContext context, TableFields fields, TableOperation operation, AccessSummary access,
        Action<ApiError?, RequestEcho?> add)
    {
        var table = fields.Table;
        var otherScope = operation.RateKind == "read" ? $"{table.Name}:create" : $"{table.Name}:read";
        add(ScopeCheck.Refusal(LayerProbe.PublishableKey([otherScope]), table.Name, operation.ScopeOperation, new DecisionTrace()), null);
        FirewallScope.TryFor(table, LayerProbe.Member(access.Admitted) with { ActiveOrgId = null }, new DecisionTrace(), out var noOrganization);
        add(noOrganization, null);
        if (operation.AddressesRecord)
        {
            Firewall(fields, add);
        }

        if (!access.IsPublic)
        {
            var outside = context.OrderedRoles.FirstOrDefault(r => !access.Admitted.Contains(r)) is { } role ? new[] { role } : [];
            if (operation.View is { } view)
            {
                var verdict = ViewProjection.CheckAccess(context.Definition, table, view, LayerProbe.Member(outside));
                add(verdict.Allowed ? null : ApiErrors.AccessRoleRequired(verdict.Required, verdict.Current), null);
            }
            else
            {
                add(RoleCheck.Refusal(context.Definition, operation.ScopeOperation, operation.Rule, LayerProbe.Member(outside), new DecisionTrace(), "$"), null);
            }
        }

        if (!operation.AddressesRecord || operation.Rule is not { } rule)
        {
            return;
        }

        if (rule.Owner && fields.Firewall.OwnerColumn is { } owner)
        {
            var row = new Dictionary<string, object?> { [owner] = ExampleValues.OtherId };
            add(Probe(() => OwnershipCheck.Require(table, rule, row, LayerProbe.Member(access.Admitted), new DecisionTrace(), "$")), null);
        }

        if (rule.Record is { } condition)
        {
            add(ApiErrors.AccessConditionFailed(ConditionText.Render(condition)), null);
        }

        if (operation.Kind == TableOperationKind.RecordAction && operation.Action!.Transition is { } transition)
        {
            add(StateRefusal(fields, operation.Action, transition), null);
        }
    }

    /// <summary>The 409 of an action run on a record in a state it does not start from.</summary>
    private static ApiError? StateRefusal(TableFields fields, ActionDefinition action, StateTransition transition)
    {
        var target = action.Set.TryGetValue(transition.Field, out var set) ? TargetOf(set, action) : null;
        var states = fields.Table.FindColumn(transition.Field)?.Enum ?? [];
        var stuck = states.FirstOrDefault(s => !transition.FromTo.ContainsKey(s))
            ?? transition.FromTo.FirstOrDefault(m => target is not null && !m.Value.Contains(target)).Key;
        var row = new Dictionary<string, object?> { [transition.Field] = stuck };
        var values = new Dictionary<string, object?> { [transition.Field] = target };
        return Probe(() => StateTransitionCheck.Require(action, row, values, new DecisionTrace(), "$"));
    }

    private static string? TargetOf(Operand set, ActionDefinition action)
    {
        if (set.InputName is { } input && action.Input.FirstOrDefault(i => i.Name == input) is { } field)
        {
            return ExampleValues.For(field)?.ToString();
        }

        return set.Kind is OperandKind.String or OperandKind.Number or OperandKind.Boolean ? set.Text : null;
    }

    private static void Firewall(TableFields fields, Action<ApiError?, RequestEcho?> add)
    {
        if (fields.Firewall.ErrorMode == FirewallErrorMode.Hide)
        {
            add(ApiErrors.HiddenNotFound(), null);
            return;
        }

        add(ApiErrors.FirewallNotFound(), null);
        if (fields.Firewall.OrganizationColumn is not null)
        {
            add(ApiErrors.FirewallOrgIsolation(), null);
        }

        if (fields.Table.SoftDelete)
        {
            add(ApiErrors.FirewallSoftDeleted(), null);
        }

        if (fields.Firewall.OwnerColumn is not null)
        {
            add(ApiErrors.FirewallUserIsolation(), null);
        }
    }

    private static ApiError? Probe(Action check) => LayerProbe.Answer(check);
}
