namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>What an opaque session token is for; both kinds of one sign-in share a chain.</summary>
public static class AuthSessionKind
{
    /// <summary>Exchanged once for a new access token and a new refresh token.</summary>
    public const string Refresh = "refresh";

    /// <summary>Held by the browser's session cookie; stays the same for the session's life.</summary>
    public const string Cookie = "cookie";
}
