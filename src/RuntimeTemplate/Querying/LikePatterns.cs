using System.Text;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Builds SQL LIKE patterns with '\' as the escape character. Only '%' and '_' are special in SQLite
/// and PostgreSQL LIKE, plus the escape character itself.
/// </summary>
internal static class LikePatterns
{
    public const string EscapeCharacter = "\\";

    /// <summary>A client pattern: '*' and '%' are wildcards (a run of them is one); every other character matches itself.</summary>
    public static string FromWildcards(string text)
    {
        var pattern = new StringBuilder(text.Length + 4);
        var previousWasWildcard = false;
        foreach (var c in text)
        {
            if (c is '*' or '%')
            {
                if (!previousWasWildcard)
                {
                    pattern.Append('%');
                }

                previousWasWildcard = true;
                continue;
            }

            previousWasWildcard = false;
            AppendLiteral(pattern, c);
        }

        return pattern.ToString();
    }

    /// <summary>Matches text containing <paramref name="term"/> literally.</summary>
    public static string Containing(string term)
    {
        var pattern = new StringBuilder(term.Length + 4).Append('%');
        foreach (var c in term)
        {
            AppendLiteral(pattern, c);
        }

        return pattern.Append('%').ToString();
    }

    public static int WildcardRuns(string text)
    {
        var runs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '*' or '%' && (i == 0 || text[i - 1] is not ('*' or '%')))
            {
                runs++;
            }
        }

        return runs;
    }

    private static void AppendLiteral(StringBuilder pattern, char c)
    {
        if (c is '%' or '_' or '\\')
        {
            pattern.Append('\\');
        }

        pattern.Append(c);
    }
}
