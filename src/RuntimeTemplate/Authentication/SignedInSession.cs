using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication;

/// <summary>The sign-in chain behind a request's access token or cookie, which sign-out revokes.</summary>
internal static class SignedInSession
{
    private const string Key = "ApiStudio.SessionChain";

    public static void SetChainId(this HttpContext context, string chainId) => context.Items[Key] = chainId;

    public static string? ChainId(this HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as string : null;
}
