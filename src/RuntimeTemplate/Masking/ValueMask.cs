using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Masking;

/// <summary>
/// Hides one value. Null stays null. Every kind fails closed: a value that does not have the kind's shape
/// becomes <see cref="Redacted"/> rather than leaking through unchanged.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>email: first character of the local part, a star for each other; first character of the domain
/// before its last dot, a star for each other (inner dots included); the last dot and what follows kept:
/// <c>paul@example.com</c> → <c>p***@e******.com</c>.</item>
/// <item>phone, ssn, creditCard: the digits only, all but the last four as stars:
/// <c>(555) 123-4567</c> → <c>******4567</c>, <c>123-45-6789</c> → <c>*****6789</c>,
/// <c>4111 1111 1111 1234</c> → <c>************1234</c>. Four digits or fewer: nothing can be kept safely.</item>
/// <item>name: the first letter or digit of each word, upper-cased, with a dot: <c>Jane Q. Doe</c> → <c>J. Q. D.</c>.</item>
/// <item>redact: <c>[REDACTED]</c>, for any value type.</item>
/// <item>custom: the rule's pattern replaced with its replacement, with a 50 ms match timeout; a timeout, a
/// pattern that does not match or a broken pattern gives <c>[REDACTED]</c>.</item>
/// </list>
/// Kinds other than redact and none read text only; other value types are redacted.
/// Stars are counted per text element, so an accented or emoji character is one star.
/// </remarks>
public static class ValueMask
{
    public const string Redacted = BodyRedaction.Redacted;

    public const int KeptDigits = 4;

    public static readonly TimeSpan CustomMatchTimeout = TimeSpan.FromMilliseconds(50);

    // Patterns come from the definition, so the cache is bounded by the design, not by requests.
    private static readonly ConcurrentDictionary<string, Regex?> CustomPatterns = new(StringComparer.Ordinal);

    public static string? Apply(MaskingRule rule, object? value) => Apply(rule.Kind, value, rule.Pattern, rule.Replacement);

    /// <param name="kind">How to hide the value; <see cref="MaskKind.None"/> returns its text unchanged.</param>
    /// <param name="value">A stored CLR value: string, long, double, bool, DateTime, Guid.</param>
    /// <param name="pattern">For <see cref="MaskKind.Custom"/>: the regular expression.</param>
    /// <param name="replacement">For <see cref="MaskKind.Custom"/>: the replacement, with <c>$1</c>-style groups.</param>
    public static string? Apply(MaskKind kind, object? value, string? pattern = null, string? replacement = null)
    {
        if (value is null)
        {
            return null;
        }

        if (kind == MaskKind.None)
        {
            return value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (kind == MaskKind.Redact || value is not string text)
        {
            return Redacted;
        }

        return kind switch
        {
            MaskKind.Email => Email(text),
            MaskKind.Phone or MaskKind.Ssn or MaskKind.CreditCard => LastDigits(text),
            MaskKind.Name => Initials(text),
            MaskKind.Custom => Custom(text, pattern, replacement),
            _ => Redacted,
        };
    }

    private static string Email(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return Redacted;
        }

        var domain = text[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var (name, topLevel) = dot <= 0 ? (domain, "") : (domain[..dot], domain[dot..]);
        return $"{FirstThenStars(text[..at])}@{FirstThenStars(name)}{topLevel}";
    }

    private static string FirstThenStars(string text)
    {
        var first = StringInfo.GetNextTextElement(text);
        return first + new string('*', new StringInfo(text).LengthInTextElements - 1);
    }

    private static string LastDigits(string text)
    {
        var digits = text.Where(char.IsAsciiDigit).ToArray();
        return digits.Length <= KeptDigits
            ? Redacted
            : new string('*', digits.Length - KeptDigits) + new string(digits, digits.Length - KeptDigits, KeptDigits);
    }

    private static string Initials(string text)
    {
        var initials = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
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

    private static string Custom(string text, string? pattern, string? replacement)
    {
        if (string.IsNullOrEmpty(pattern) || replacement is null || CustomPatterns.GetOrAdd(pattern, Compile) is not { } regex)
        {
            return Redacted;
        }

        try
        {
            // Replace returns the input unchanged when nothing matches: that would show the real value.
            var matched = false;
            var masked = regex.Replace(text, match =>
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
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, CustomMatchTimeout);
        }
        catch (ArgumentException)
        {
            // The definition validator reports the broken pattern; at run time the value stays hidden.
            return null;
        }
    }
}
