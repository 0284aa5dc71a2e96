using System.Runtime.CompilerServices;

namespace ApiStudio.Runtime.Definition;

/// <summary>Resolves role references as written in rules: <c>admin</c>, <c>admin+</c>, <c>PUBLIC</c>.</summary>
public static class RoleReferences
{
    private static readonly ConditionalWeakTable<ApiDefinition, ConditionalWeakTable<IReadOnlyList<string>, IReadOnlySet<string>>> Admitted = new();

    public static bool IsAndAbove(string reference) => reference.EndsWith('+');

    public static string BaseName(string reference) => reference.TrimEnd('+');

    /// <summary>The concrete roles a list of references admits; <c>admin+</c> adds every role above admin.</summary>
    public static IReadOnlySet<string> Expand(ApiDefinition definition, IEnumerable<string> references)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var name = BaseName(reference);
            roles.Add(name);
            if (IsAndAbove(reference))
            {
                var rank = IndexOf(definition.RoleHierarchy, name);
                if (rank >= 0)
                {
                    roles.UnionWith(definition.RoleHierarchy.Skip(rank));
                }
            }
        }

        return roles;
    }

    /// <summary>
    /// <see cref="Expand"/> for a role list of the definition itself (a rule's, a masking rule's, a view's),
    /// worked out once: both are immutable, so the pair is a safe key.
    /// </summary>
    public static IReadOnlySet<string> ExpandRuleRoles(ApiDefinition definition, IReadOnlyList<string> references) =>
        Admitted.GetValue(definition, _ => new()).GetValue(references, r => Expand(definition, r));

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
