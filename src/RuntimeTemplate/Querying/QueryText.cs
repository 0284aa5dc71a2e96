using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Querying;

/// <summary>Checks raw query-string text before it is interpreted, and shapes the 400 that rejects it.</summary>
internal static class QueryText
{
    private const int EchoLength = 64;

    /// <summary>Why the text is unacceptable, or null: too long, control characters, broken UTF-16.</summary>
    public static string? Problem(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return $"is {text.Length} characters long; at most {maxLength} are accepted";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                return "contains a control character";
            }

            // A lone surrogate cannot be encoded for the database driver, which would fail with a 500.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "contains invalid Unicode";
            }
        }

        return null;
    }

    /// <summary>Error bodies echo names and values; a 10,000-character one is cut.</summary>
    public static string Shorten(string text) => text.Length <= EchoLength ? text : text[..EchoLength] + "…";

    public static ApiException Invalid(string parameter, string reason) =>
        new(ApiErrors.InvalidQuery(Shorten(parameter), reason));
}
