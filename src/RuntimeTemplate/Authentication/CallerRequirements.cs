using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// What a route demands of its caller. The authentication middleware lets credential-less requests through
/// as anonymous (public routes exist); routes that need a caller call these.
/// </summary>
public static class CallerRequirements
{
    public const string SignedInUser = "signed-in user";

    /// <summary>The caller, or 401 AUTH_MISSING when the request carried no credentials.</summary>
    public static CallerIdentity RequireAuthenticated(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.GetCaller();
        if (caller.IsAuthenticated)
        {
            return caller;
        }

        Record(context, ErrorLayer.Authentication, "this route needs a caller and the request sent no credentials",
            "send Authorization: Bearer <access token>, an X-API-Key, or the session cookie");
        throw new ApiException(ApiErrors.AuthMissing());
    }

    /// <summary>
    /// A signed-in user, not an API key: account management (organizations, members, keys, sign-out) must not
    /// be reachable with a leaked key. A key gets 403 ACCESS_ROLE_REQUIRED naming what it is.
    /// </summary>
    public static CallerIdentity RequireSignedInUser(this HttpContext context)
    {
        var caller = context.RequireAuthenticated();
        if (caller.Kind == CallerKind.User)
        {
            return caller;
        }

        var current = caller.Kind == CallerKind.SecretKey ? "secret key" : "publishable key";
        Record(context, ErrorLayer.Access, $"this route is for signed-in users and the caller is a {current}", "sign in and send the access token or session cookie");
        throw new ApiException(ApiErrors.AccessRoleRequired([SignedInUser], [current]));
    }

    private static void Record(HttpContext context, string layer, string reason, string fix)
    {
        if (context.RequestServices?.GetService<RuntimeOptions>() is not { RecordTrace: false })
        {
            context.Trace().Failed(layer, "route requires a signed-in caller", reason, fix);
        }
    }
}
