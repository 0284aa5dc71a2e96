using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Organizations;

/// <summary>
/// Which of the definition's roles matter to organization management: the role an organization's creator
/// (and a secret key) gets, the roles that may manage members and keys, and the roles a member may hold.
/// </summary>
public static class OrganizationRoles
{
    public const string Owner = "owner";
    public const string Admin = "admin";
    public const string Member = "member";

    /// <summary>Roles of an API that declares none, as in Quickback's defaults.</summary>
    public static readonly IReadOnlyList<string> Defaults = [Owner, Admin, Member];

    /// <summary>
    /// The highest role: the last of the hierarchy; without a hierarchy <c>owner</c> when declared, else <c>admin</c>.
    /// </summary>
    public static string Top(ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.RoleHierarchy.Count > 0)
        {
            return definition.RoleHierarchy[^1];
        }

        return Declared(definition).Contains(Owner) ? Owner : Admin;
    }

    /// <summary>
    /// The least privileged role, which a publishable key acts with: the first of the hierarchy; without a hierarchy
    /// <c>member</c> when declared, else none (a key with no role reaches only PUBLIC operations).
    /// </summary>
    public static string? Base(ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.RoleHierarchy.Count > 0)
        {
            return definition.RoleHierarchy[0];
        }

        return Declared(definition).Contains(Member) ? Member : null;
    }

    /// <summary>Roles that may add members and manage API keys: the top role, and <c>owner</c>/<c>admin</c> when declared.</summary>
    public static IReadOnlySet<string> Administrators(ApiDefinition definition)
    {
        var declared = Declared(definition);
        var administrators = new HashSet<string>(StringComparer.Ordinal) { Top(definition) };
        foreach (var role in new[] { Owner, Admin })
        {
            if (declared.Contains(role))
            {
                administrators.Add(role);
            }
        }

        return administrators;
    }

    /// <summary>Roles a membership may hold: the declared roles and the hierarchy's, never PUBLIC.</summary>
    public static IReadOnlySet<string> Declared(ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var roles = new HashSet<string>(definition.Roles.Select(r => r.Name).Concat(definition.RoleHierarchy), StringComparer.Ordinal);
        roles.Remove(RoleDefinition.Public);
        if (roles.Count == 0)
        {
            roles.UnionWith(Defaults);
        }

        return roles;
    }
}
