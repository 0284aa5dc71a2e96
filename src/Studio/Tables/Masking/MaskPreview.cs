using System.Globalization;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Masking;

/// <summary>
/// The masked form of a value, as callers who may not see it will read it: email <c>p***@e******.com</c>,
/// phone <c>******4567</c>, ssn <c>*****6789</c>, card <c>************1234</c>, name initials, redact
/// <c>[REDACTED]</c>, custom regex replacement. Shown live in the masking tab.
/// Every kind fails closed like the runtime's: a value without the kind's shape becomes <see cref="Redacted"/>
/// (the parity test holds the two to the same answers).
/// </summary>
public static class MaskPreview
{
    public const string Redacted = "[REDACTED]";

    /// <summary>A custom pattern gets this long per value; a pattern that takes longer fails closed to <see cref="Redacted"/>.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(50);

    private const int KeptDigits = 4;

    public static string? Apply(MaskingRule rule, string? value) => value is null ? null : rule.Kind switch
    {
        MaskKind.None => value,
        MaskKind.Email => Email(value),
        MaskKind.Phone or MaskKind.Ssn or MaskKind.CreditCard => LastFourDigits(value),
        MaskKind.Name => Initials(value),
        MaskKind.Custom => Custom(value, rule.Pattern, rule.Replacement),
        _ => Redacted,
    };

    /// <summary>The first character of the local part and of the domain's name, a star for each other one; the top-level domain stays.</summary>
    public static string Email(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return Redacted;
        }

        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var (name, topLevel) = dot <= 0 ? (domain, "") : (domain[..dot], domain[dot..]);
        return $"{FirstThenStars(value[..at])}@{FirstThenStars(name)}{topLevel}";
    }

    /// <summary>Every digit but the last four becomes a star; separators are dropped so their layout does not leak.</summary>
    public static string LastFourDigits(string value)
    {
        var digits = value.Where(char.IsAsciiDigit).ToArray();

        // With four digits or fewer, keeping any would show most of the value.
        return digits.Length <= KeptDigits
            ? Redacted
            : new string('*', digits.Length - KeptDigits) + new string(digits[^KeptDigits..]);
    }

    /// <summary><c>Ada Lovelace</c> becomes <c>A. L.</c>: the first letter or digit of each word.</summary>
    public static string Initials(string value)
    {
        var initials = new List<string>();
        foreach (var word in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var elements = StringInfo.GetTextElementEnumerator(word);
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                if (char.IsLetterOrDigit(element, 0))
                {
                    initials.Add(element.ToUpperInvariant() + ".");
                    break;
                }
            }
        }

        return initials.Count == 0 ? Redacted : string.Join(' ', initials);
    }

    public static string Custom(string value, string? pattern, string? replacement)
    {
        if (string.IsNullOrEmpty(pattern) || replacement is null)
        {
            return Redacted;
        }

        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);

            // Nothing matched means the value would come back unchanged: show nothing instead.
            var matched = false;
            var masked = regex.Replace(value, match =>
            {
                matched = true;
                return match.Result(replacement);
            });
            return matched ? masked : Redacted;
        }
        catch (RegexMatchTimeoutException)
        {
            return Redacted;
        }
        catch (ArgumentException)
        {
            // A broken pattern is the validator's to report; the preview shows what a caller would get: nothing.
            return Redacted;
        }
    }

    /// <summary>Counts text elements, so an accented or emoji character is one star.</summary>
    private static string FirstThenStars(string text)
    {
        var first = StringInfo.GetNextTextElement(text);
        return first + new string('*', new StringInfo(text).LengthInTextElements - 1);
    }
}
