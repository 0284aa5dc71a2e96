using ApiStudio.Runtime.Authentication.Data;
using Microsoft.AspNetCore.Identity;

namespace ApiStudio.Runtime.Authentication;

/// <summary>Password rules and checks, on top of ASP.NET Core Identity's PBKDF2 <see cref="IPasswordHasher{TUser}"/>.</summary>
public sealed class Passwords
{
    public const int MinimumLength = 8;

    /// <summary>Hashing cost grows with length; a cap keeps a megabyte "password" from being an easy way to burn CPU.</summary>
    public const int MaximumLength = 256;

    private readonly IPasswordHasher<AuthUser> hasher;

    // Verified when the email is unknown, so a wrong email takes as long as a wrong password and does not reveal who has an account.
    private readonly AuthUser decoy;

    public Passwords(IPasswordHasher<AuthUser> hasher)
    {
        this.hasher = hasher;
        decoy = new AuthUser { Id = "", Email = "", PasswordHash = "" };
        decoy.PasswordHash = hasher.HashPassword(decoy, Guid.NewGuid().ToString());
    }

    public static string? Problem(string password) => password.Length switch
    {
        < MinimumLength => $"must be at least {MinimumLength} characters",
        > MaximumLength => $"must be at most {MaximumLength} characters",
        _ => null,
    };

    public string Hash(AuthUser user, string password) => hasher.HashPassword(user, password);

    /// <summary>Whether the password is the user's; for an unknown user it spends the same time and says no.</summary>
    public PasswordVerificationResult Verify(AuthUser? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(decoy, decoy.PasswordHash, password);
            return PasswordVerificationResult.Failed;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }
}
