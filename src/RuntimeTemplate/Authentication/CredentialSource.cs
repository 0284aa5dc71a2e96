namespace ApiStudio.Runtime.Authentication;

/// <summary>Where the credential of a request came from; the first present one, in this order, is used.</summary>
public enum CredentialSource
{
    None,

    /// <summary><c>Authorization: Bearer &lt;jwt&gt;</c>.</summary>
    BearerToken,

    /// <summary><c>Authorization: Bearer pk_…/sk_…</c>.</summary>
    BearerApiKey,

    /// <summary><c>X-API-Key: pk_…/sk_…</c>.</summary>
    HeaderApiKey,

    /// <summary>The HttpOnly session cookie set at sign-in.</summary>
    SessionCookie,
}
