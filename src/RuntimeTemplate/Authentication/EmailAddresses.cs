using System.Net.Mail;

namespace ApiStudio.Runtime.Authentication;

/// <summary>How emails are compared and accepted: trimmed, lower-cased, one plain address.</summary>
public static class EmailAddresses
{
    public const int MaximumLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static string? Problem(string email)
    {
        var normalized = Normalize(email);
        if (normalized.Length is 0 or > MaximumLength)
        {
            return $"must be an email address of at most {MaximumLength} characters";
        }

        // MailAddress also accepts display names ("Ann <ann@x.io>"); only the bare address is an account name.
        var valid = MailAddress.TryCreate(normalized, out var address)
            && address.Address == normalized
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !normalized.Any(char.IsWhiteSpace);
        return valid ? null : "must be a valid email address, like ann@example.com";
    }
}
