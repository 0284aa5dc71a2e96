namespace ApiStudio.Runtime.Authentication;

/// <summary>The body of sign-up, sign-in and refresh.</summary>
public sealed record SignInResponse(
    string AccessToken,
    string RefreshToken,
    int ExpiresIn,
    string TokenType,
    UserView User,
    string? ActiveOrganizationId);
