using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Masking;

/// <summary>Role references as masking and views read them.</summary>
internal static class RoleLists
{
    /// <summary>The concrete roles admitted, ordered as the definition declares its roles (then the hierarchy), for stable details.</summary>
    public static IReadOnlyList<string> Ordered(ApiDefinition definition, IReadOnlySet<string> roles)
    {
        var declared = definition.Roles.Select(r => r.Name).Concat(definition.RoleHierarchy).Distinct(StringComparer.Ordinal).ToList();
        return declared.Where(roles.Contains).Concat(roles.Where(r => !declared.Contains(r)).Order(StringComparer.Ordinal)).ToList();
    }

    /// <summary>The first of the caller's roles that is admitted, "PUBLIC" when everyone is, else null.</summary>
    public static string? FirstAdmitted(IReadOnlySet<string> admitted, IReadOnlyList<string> callerRoles) =>
        admitted.Contains(RoleDefinition.Public) ? RoleDefinition.Public : callerRoles.FirstOrDefault(admitted.Contains);

    /// <summary><c>role 'viewer' is not in [manager+]</c>, as the trace words a refusal.</summary>
    public static string NotIn(IReadOnlyList<string> callerRoles, IReadOnlyList<string> references)
    {
        var list = $"[{string.Join(", ", references)}]";
        return callerRoles.Count switch
        {
            0 => $"the caller has no role, and only {list} may",
            1 => $"role '{callerRoles[0]}' is not in {list}",
            _ => $"roles {string.Join(", ", callerRoles.Select(r => $"'{r}'"))} are not in {list}",
        };
    }
}
