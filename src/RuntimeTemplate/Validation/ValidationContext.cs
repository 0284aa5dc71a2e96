using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

/// <summary>The definition being checked and the diagnostics found so far.</summary>
internal sealed class ValidationContext(ApiDefinition definition)
{
    private readonly List<Diagnostic> diagnostics = [];

    public ApiDefinition Definition { get; } = definition;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public IReadOnlySet<string> DeclaredRoles { get; } = definition.Roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

    public void Error(string code, string path, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, path, hint));

    public void Warning(string code, string path, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, path, hint));

    public void Info(string code, string path, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Info, message, path, hint));

    /// <summary>Checks a name used as an identifier; returns false when it was reported.</summary>
    public bool CheckIdentifier(string name, string path, string what)
    {
        if (!NameRules.IsIdentifier(name))
        {
            Error(DiagnosticCodes.NameInvalid, path, $"{what} name '{Shorten(name)}' is not a valid identifier.", NameRules.IdentifierHint);
            return false;
        }

        if (NameRules.ReservedWords.Contains(name))
        {
            Error(DiagnosticCodes.NameReserved, path, $"{what} name '{name}' is a reserved SQL word.",
                $"Choose a more specific name, for example '{name}Name' or 'sort{char.ToUpperInvariant(name[0])}{name[1..]}'.");
            return false;
        }

        return true;
    }

    /// <summary>Checks role references of a rule: declared, PUBLIC, or <c>role+</c> of a role in the hierarchy.</summary>
    public void CheckRoleReferences(IReadOnlyList<string> references, string path)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var name = RoleReferences.BaseName(reference);
            var itemPath = JsonPath.Index(path, i);
            if (name == RoleDefinition.Public)
            {
                continue;
            }

            if (!DeclaredRoles.Contains(name))
            {
                Error(DiagnosticCodes.RoleUnknown, itemPath, $"Unknown role '{Shorten(reference)}'.",
                    DeclaredRoles.Count == 0 ? "Declare the role under 'roles'." : $"Declared roles: {string.Join(", ", DeclaredRoles)}.");
            }
            else if (RoleReferences.IsAndAbove(reference) && !Definition.RoleHierarchy.Contains(name))
            {
                Error(DiagnosticCodes.RoleNotInHierarchy, itemPath, $"'{reference}' needs '{name}' in the role hierarchy.",
                    $"Add '{name}' to 'roleHierarchy', or write '{name}' without '+'.");
            }
        }
    }

    /// <summary>Keeps hostile or huge names from flooding a message.</summary>
    public static string Shorten(string text) => text.Length <= 64 ? text : text[..61] + "...";
}
