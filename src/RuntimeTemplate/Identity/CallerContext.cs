using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Identity;

/// <summary>Where the authentication layer leaves the caller for the later layers of the same request.</summary>
public static class CallerContext
{
    private const string Key = "ApiStudio.Caller";

    public static CallerIdentity GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var caller) && caller is CallerIdentity identity ? identity : CallerIdentity.Anonymous;

    public static void SetCaller(this HttpContext context, CallerIdentity caller) => context.Items[Key] = caller;
}
