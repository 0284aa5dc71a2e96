using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Access;

/// <summary>
/// The role references a rule can tick: every declared role, PUBLIC, and <c>role+</c> for each role
/// in the hierarchy; references already written that are none of these are kept, so they can be unticked.
/// </summary>
public static class RoleChoices
{
    public static IReadOnlyList<string> For(ApiDefinition definition, IEnumerable<string>? alreadyUsed = null)
    {
        var choices = new List<string>();
        choices.AddRange(definition.Roles.Select(r => r.Name));
        choices.AddRange(definition.RoleHierarchy.Where(r => definition.Roles.Any(d => d.Name == r)).Select(r => r + "+"));
        choices.Add(RoleDefinition.Public);
        var distinct = choices.Distinct(StringComparer.Ordinal).ToList();
        distinct.AddRange((alreadyUsed ?? []).Where(u => !distinct.Contains(u)).Distinct(StringComparer.Ordinal));
        return distinct;
    }

    /// <summary>What a reference means, for tooltips: <c>sales+</c> is "sales, manager, admin".</summary>
    public static string Meaning(ApiDefinition definition, string reference) => reference switch
    {
        RoleDefinition.Public => "anyone, signed in or not",
        _ when RoleReferences.IsAndAbove(reference) => string.Join(", ", RoleReferences.Expand(definition, [reference])
            .OrderBy(r => IndexIn(definition.RoleHierarchy, r))),
        _ => definition.Roles.FirstOrDefault(r => r.Name == reference)?.Description ?? reference,
    };

    /// <summary>The rule's roles with <paramref name="reference"/> added or removed, in the order of the choices.</summary>
    public static IReadOnlyList<string> Toggle(IReadOnlyList<string> roles, string reference, bool on, IReadOnlyList<string> order)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        if (on)
        {
            set.Add(reference);
        }
        else
        {
            set.Remove(reference);
        }

        return set.OrderBy(r => IndexIn(order, r)).ThenBy(r => r, StringComparer.Ordinal).ToList();
    }

    private static int IndexIn(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
