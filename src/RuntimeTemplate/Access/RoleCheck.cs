using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Access;

/// <summary>The role part of the access layer: does any of the caller's roles admit this operation?</summary>
public static class RoleCheck
{
    /// <summary>Whether the rule admits callers without signing in.</summary>
    public static bool IsPublic(AccessRule? rule) => rule?.Roles.Contains(RoleDefinition.Public) == true;

    /// <summary>
    /// Throws AUTH_MISSING when the operation needs a signed-in caller and there is none. Authentication
    /// comes first in the layer order, so an anonymous caller learns to sign in before anything else.
    /// </summary>
    public static void RequireAuthentication(AccessRule? rule, CallerIdentity caller, DecisionTrace trace)
    {
        if (caller.IsAuthenticated)
        {
            // The authentication middleware already recorded how the caller was recognised.
            return;
        }

        if (IsPublic(rule))
        {
            trace.Passed(ErrorLayer.Authentication, "PUBLIC", "the operation is open to PUBLIC: no sign-in needed");
            return;
        }

        trace.Failed(ErrorLayer.Authentication, "credentials", "no credentials were sent and the operation is not PUBLIC",
            "Send Authorization: Bearer <access token>, an X-API-Key, or the session cookie.");
        throw new ApiException(ApiErrors.AuthMissing());
    }

    /// <exception cref="ApiException">403 ACCESS_ROLE_REQUIRED.</exception>
    public static void Require(ApiDefinition definition, string what, AccessRule? rule, CallerIdentity caller, DecisionTrace trace, string definitionPath)
    {
        if (Refusal(definition, what, rule, caller, trace, definitionPath) is { } refusal)
        {
            throw new ApiException(refusal);
        }
    }

    /// <summary>The 403 that <see cref="Require"/> throws, or null when one of the caller's roles admits the operation.</summary>
    public static ApiError? Refusal(ApiDefinition definition, string what, AccessRule? rule, CallerIdentity caller, DecisionTrace trace, string definitionPath)
    {
        if (caller.Kind == CallerKind.SecretKey)
        {
            trace.Passed(ErrorLayer.Access, "secretKey", $"a secret key acts as the organization's admin for {what}", definitionPath);
            return null;
        }

        if (rule is null)
        {
            trace.Failed(ErrorLayer.Access, "roles", $"no access rule is defined for {what}: only secret keys may run it",
                $"Add an access rule for {what} with the roles that may run it.", definitionPath);
            return ApiErrors.AccessRoleRequired([], caller.Roles);
        }

        if (IsPublic(rule))
        {
            trace.Passed(ErrorLayer.Access, "roles", $"{what} is open to PUBLIC", definitionPath);
            return null;
        }

        var admitted = RoleReferences.ExpandRuleRoles(definition, rule.Roles);
        var match = caller.Roles.FirstOrDefault(admitted.Contains);
        var required = $"[{string.Join(", ", rule.Roles)}]";
        if (match is not null)
        {
            trace.Passed(ErrorLayer.Access, "roles", $"role '{match}' is in {what} roles {required}", definitionPath);
            return null;
        }

        var current = caller.Roles.Count == 0 ? "the caller has no role in the active organization" : $"role {string.Join(", ", caller.Roles.Select(r => $"'{r}'"))} is not";
        trace.Failed(ErrorLayer.Access, "roles", caller.Roles.Count == 0 ? $"{current}; {what} needs one of {required}" : $"{current} in {what} roles {required}",
            $"Sign in as a member with one of {required}, or add the caller's role to the rule.", definitionPath);
        return ApiErrors.AccessRoleRequired(rule.Roles, caller.Roles);
    }
}
