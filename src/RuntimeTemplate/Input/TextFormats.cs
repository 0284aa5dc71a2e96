using System.Globalization;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Input;

/// <summary>
/// The formats a text column can declare. Deliberately permissive shapes, not full RFC grammars: they
/// catch values that were clearly put in the wrong field, and never refuse a real address or number.
/// </summary>
internal static partial class TextFormats
{
    private const int MaxEmailLength = 254;
    private const string PhoneSeparators = " .-()";

    /// <summary>Null when <paramref name="text"/> has the format, else what it should look like.</summary>
    public static string? Problem(ColumnFormat format, string text) => format switch
    {
        ColumnFormat.Email => IsEmail(text) ? null : "must be an email address such as name@example.com",
        ColumnFormat.Url => IsUrl(text) ? null : "must be an absolute http or https URL such as https://example.com/page",
        ColumnFormat.Phone => IsPhone(text) ? null : "must be a phone number of 7 to 15 digits, optionally starting with + and separated by spaces, dots, dashes or parentheses",
        ColumnFormat.Date => IsDate(text) ? null : "must be a date written yyyy-MM-dd, such as 2024-03-31",
        _ => null,
    };

    private static bool IsEmail(string text) => text.Length <= MaxEmailLength && Email().IsMatch(text);

    private static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>E.164 allows at most 15 digits; fewer than 7 is no dialable number anywhere.</summary>
    private static bool IsPhone(string text)
    {
        var number = text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        if (number.IsEmpty || !char.IsAsciiDigit(number[0]) || !char.IsAsciiDigit(number[^1]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!PhoneSeparators.Contains(c))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15;
    }

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // No match timeout on purpose: the pattern is fixed and linear (no class overlaps its neighbour), and a
    // timeout under CPU pressure would turn a client's ordinary value into a 500.
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
