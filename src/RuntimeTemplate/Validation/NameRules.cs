using System.Text.RegularExpressions;

namespace ApiStudio.Runtime.Validation;

/// <summary>
/// What a name may look like. Table, column, view, action and input names become SQL identifiers, C#
/// members and URL segments, so they are plain ASCII identifiers; roles and project names may also use '-'.
/// </summary>
public static partial class NameRules
{
    public const int MaxLength = 63;

    /// <summary>SQL keywords that break unquoted SQL or confuse readers of generated code.</summary>
    public static readonly IReadOnlySet<string> ReservedWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "all", "alter", "and", "any", "as", "asc", "between", "by", "case", "check", "column", "constraint",
        "create", "cross", "default", "delete", "desc", "distinct", "drop", "else", "end", "except", "exists",
        "false", "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert",
        "intersect", "into", "is", "join", "left", "like", "limit", "not", "null", "offset", "on", "or", "order",
        "outer", "primary", "references", "right", "select", "set", "table", "then", "to", "true", "union",
        "unique", "update", "user", "using", "values", "when", "where", "with",
    };

    public static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    public static bool IsRoleOrProjectName(string name) => Slug().IsMatch(name);

    public const string IdentifierHint = "Use letters, digits and '_', starting with a letter, at most 63 characters.";

    public const string SlugHint = "Use letters, digits, '-' or '_', starting with a letter, at most 63 characters.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,62}$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex Slug();
}
