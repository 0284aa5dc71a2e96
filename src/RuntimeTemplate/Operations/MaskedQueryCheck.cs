using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Operations;

/// <summary>
/// Refuses filters and sorts on columns masked for the caller: <c>?email.like=a*</c> would otherwise reveal a
/// masked value one guess at a time. A column visible only to a record's owner counts as masked here,
/// because a query spans other callers' records too.
/// </summary>
public static class MaskedQueryCheck
{
    public static void Require(ApiDefinition definition, TableDefinition table, CallerIdentity caller, ListRequest list)
    {
        var hidden = HiddenColumns(definition, table, caller);
        if (hidden.Count == 0)
        {
            return;
        }

        foreach (var filter in list.Filters.Where(f => hidden.Contains(f.Column)))
        {
            throw new ApiException(ApiErrors.InvalidQuery(filter.Parameter, $"'{filter.Column}' is masked for the caller and cannot be filtered"));
        }

        foreach (var sort in list.Sort.Where(s => hidden.Contains(s.Column)))
        {
            throw new ApiException(ApiErrors.InvalidQuery(ListQuery.Sort, $"'{sort.Column}' is masked for the caller and cannot be sorted on"));
        }
    }

    private static HashSet<string> HiddenColumns(ApiDefinition definition, TableDefinition table, CallerIdentity caller) =>
        EffectiveMasking.Of(table)
            .Where(m => m.Value.Kind != MaskKind.None && !caller.Roles.Any(RoleReferences.ExpandRuleRoles(definition, m.Value.Show.Roles).Contains))
            .Select(m => m.Key)
            .ToHashSet(StringComparer.Ordinal);
}
