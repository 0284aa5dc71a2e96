using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Masking;

/// <summary>Views: who may read one, and a row cut down to its fields.</summary>
public static class ViewProjection
{
    /// <summary>
    /// Only the view's fields, in the view's order, taken from a row that is already masked (a view never
    /// shows more than the caller could see in the table). Fields the row lacks are left out.
    /// </summary>
    public static Dictionary<string, object?> Project(ViewDefinition view, IDictionary<string, object?> maskedRow)
    {
        var projected = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in view.Fields)
        {
            if (maskedRow.TryGetValue(field, out var value))
            {
                projected[field] = value;
            }
        }

        return projected;
    }

    /// <summary>
    /// Whether the caller holds a role the view admits (<c>PUBLIC</c> admits everyone). The access layer throws
    /// ACCESS_ROLE_REQUIRED with <see cref="ViewAccess.Required"/> and <see cref="ViewAccess.Current"/> when not.
    /// </summary>
    public static ViewAccess CheckAccess(ApiDefinition definition, TableDefinition table, ViewDefinition view, CallerIdentity caller,
        DecisionTrace? trace = null)
    {
        var admitted = RoleReferences.ExpandRuleRoles(definition, view.Roles);
        var access = new ViewAccess(RoleLists.FirstAdmitted(admitted, caller.Roles) is not null, RoleLists.Ordered(definition, admitted), caller.Roles);
        var rule = $"{table.Name}.views.{view.Name}.roles";
        var roles = $"[{string.Join(", ", view.Roles)}]";
        if (access.Allowed)
        {
            var who = admitted.Contains(RoleDefinition.Public) ? "anyone" : $"role '{RoleLists.FirstAdmitted(admitted, caller.Roles)}'";
            trace?.Passed(ErrorLayer.Access, rule, $"access: {who} may read view '{view.Name}' of '{table.Name}' ({roles})");
        }
        else
        {
            trace?.Failed(ErrorLayer.Access, rule,
                $"access: view '{view.Name}' of '{table.Name}': {RoleLists.NotIn(caller.Roles, view.Roles)}",
                access.Required.Count == 0
                    ? $"no role may read view '{view.Name}': list roles in its roles"
                    : $"call as one of {string.Join(", ", access.Required)}, or add a role of the caller to the view's roles");
        }

        return access;
    }
}
