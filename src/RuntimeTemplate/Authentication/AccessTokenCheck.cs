namespace ApiStudio.Runtime.Authentication;

/// <summary>The outcome of reading a bearer JWT: its claims, or why it was refused.</summary>
public sealed record AccessTokenCheck(AccessTokenClaims? Claims, bool Expired, string? Problem)
{
    public static AccessTokenCheck Valid(AccessTokenClaims claims) => new(claims, false, null);

    public static AccessTokenCheck Invalid(string problem) => new(null, false, problem);

    public static AccessTokenCheck HasExpired() => new(null, true, "the access token has expired");
}
