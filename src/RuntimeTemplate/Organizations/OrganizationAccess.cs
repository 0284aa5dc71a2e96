using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Organizations;

/// <summary>
/// Who may act on an organization through the account endpoints: a signed-in member, and for management a
/// member holding one of <see cref="OrganizationRoles.Administrators"/>. The organization in the URL decides, not
/// the active one. Outsiders get the same 403 whether the organization exists or not.
/// </summary>
public static class OrganizationAccess
{
    /// <summary>The caller's membership in the organization; any role will do.</summary>
    public static Task<AuthMembership> RequireMemberAsync(HttpContext context, AuthStore store, RuntimeOptions options, string organizationId) =>
        RequireAsync(context, store, options, organizationId, OrganizationRoles.Declared(options.Definition));

    /// <summary>The caller's membership in the organization, which must hold a managing role.</summary>
    public static Task<AuthMembership> RequireAdministratorAsync(HttpContext context, AuthStore store, RuntimeOptions options, string organizationId) =>
        RequireAsync(context, store, options, organizationId, OrganizationRoles.Administrators(options.Definition));

    private static async Task<AuthMembership> RequireAsync(
        HttpContext context, AuthStore store, RuntimeOptions options, string organizationId, IReadOnlySet<string> roles)
    {
        var caller = context.RequireSignedInUser();
        var membership = await store.FindMembershipAsync(caller.UserId!, organizationId, context.RequestAborted);
        if (membership is not null && roles.Contains(membership.Role))
        {
            return membership;
        }

        IReadOnlyList<string> current = membership is null ? [] : [membership.Role];
        var required = roles.Order(StringComparer.Ordinal).ToList();
        if (options.RecordTrace)
        {
            context.Trace().Failed(ErrorLayer.Access, "organization role",
                membership is null
                    ? $"the caller is not a member of organization {organizationId}"
                    : $"role '{membership.Role}' is not one of [{string.Join(", ", required)}] in organization {organizationId}",
                "ask an owner or admin of the organization");
        }

        throw new ApiException(ApiErrors.AccessRoleRequired(required, current));
    }
}
