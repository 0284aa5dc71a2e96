using System.Text;

namespace ApiStudio.Runtime.Input;

/// <summary>
/// Text every supported database can store. PostgreSQL refuses the NUL character (U+0000) in text while
/// SQLite keeps it, and no driver can encode a lone surrogate: both are refused as invalid input before a
/// query is built, so the same value gets the same 400 on every database instead of a stored value on one
/// and a 500 on the other.
/// </summary>
public static class StorableText
{
    /// <summary>Null when every database can store <paramref name="text"/>, else what is wrong, for details.errors.</summary>
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "must not contain the NUL character (U+0000)";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "must be valid Unicode text; it contains a lone surrogate";
            }
        }

        return null;
    }

    /// <summary>The text with each NUL and lone surrogate replaced by U+FFFD, for echoing a refused value back.</summary>
    public static string Printable(string text)
    {
        if (Problem(text) is null)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes already yields U+FFFD for a lone surrogate.
            builder.Append(rune.Value == 0 ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return builder.ToString();
    }
}
