using System.Text.RegularExpressions;

namespace ApiStudio.Studio.Projects;

/// <summary>
/// The rule for project names. Names become folder, namespace and package names in the export,
/// so they start with a letter and avoid characters that any of those would reject.
/// </summary>
public static partial class ProjectName
{
    public const string Rule = "Use letters, digits, '-' or '_', starting with a letter";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    // \z rather than $ so a trailing newline cannot slip through.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]{0,62}\z")]
    private static partial Regex Pattern();
}
