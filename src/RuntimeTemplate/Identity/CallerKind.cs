namespace ApiStudio.Runtime.Identity;

public enum CallerKind
{
    Anonymous,

    /// <summary>A signed-in user: bearer access token or session cookie.</summary>
    User,

    /// <summary>A <c>pk_</c> key: browser-safe; reads only, with the least privileged role, and row rules apply.</summary>
    PublishableKey,

    /// <summary>A <c>sk_</c> key: server-side; acts as the organization's admin and skips record conditions.</summary>
    SecretKey,
}
