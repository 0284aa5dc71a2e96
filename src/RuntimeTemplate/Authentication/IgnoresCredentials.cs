namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Endpoint metadata: the authentication layer does not read this endpoint's credentials. Sign-up, sign-in
/// and refresh carry it, so a client holding an expired access token or a stale cookie can still get new ones.
/// </summary>
public sealed record IgnoresCredentials;
