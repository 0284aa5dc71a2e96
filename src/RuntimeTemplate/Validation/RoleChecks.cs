using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class RoleChecks
{
    public static void Run(ValidationContext context)
    {
        var definition = context.Definition;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Roles.Count; i++)
        {
            var role = definition.Roles[i];
            var path = $"$.roles[{i}].name";
            if (role.Name == RoleDefinition.Public)
            {
                context.Error(DiagnosticCodes.RolePublicDeclared, path, "PUBLIC is built in: it means anyone, signed in or not.",
                    "Remove this role; write \"PUBLIC\" in an access rule to open an operation to everyone.");
            }
            else if (!NameRules.IsRoleOrProjectName(role.Name))
            {
                context.Error(DiagnosticCodes.NameInvalid, path, $"Role name '{ValidationContext.Shorten(role.Name)}' is not valid.", NameRules.SlugHint);
            }
            else if (!seen.Add(role.Name))
            {
                context.Error(DiagnosticCodes.RoleDuplicate, path, $"Role '{role.Name}' is declared twice.", "Remove one of them.");
            }
        }

        var ranked = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.RoleHierarchy.Count; i++)
        {
            var name = definition.RoleHierarchy[i];
            var path = $"$.roleHierarchy[{i}]";
            if (!context.DeclaredRoles.Contains(name))
            {
                context.Error(DiagnosticCodes.HierarchyUnknownRole, path, $"The hierarchy names '{ValidationContext.Shorten(name)}', which is not a declared role.",
                    "Declare it under 'roles' or remove it from the hierarchy.");
            }
            else if (!ranked.Add(name))
            {
                context.Error(DiagnosticCodes.HierarchyDuplicateRole, path, $"'{name}' appears twice in the hierarchy.",
                    "List each role once, from lowest to highest.");
            }
        }
    }
}
