using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Studio.Roles;

/// <summary>Checks a role name as it is typed, with the validator's own naming rule.</summary>
public static class RoleNameCheck
{
    /// <summary>Why <paramref name="name"/> cannot be used, or null when it can.</summary>
    /// <param name="name">The name as typed.</param>
    /// <param name="existing">The declared role names, without the one being renamed.</param>
    public static string? Problem(string name, IEnumerable<string> existing)
    {
        if (name == RoleDefinition.Public)
        {
            return "PUBLIC is built in: it means anyone, signed in or not.";
        }

        if (!NameRules.IsRoleOrProjectName(name))
        {
            return NameRules.SlugHint;
        }

        return existing.Contains(name, StringComparer.Ordinal) ? $"A role named {name} already exists." : null;
    }
}
