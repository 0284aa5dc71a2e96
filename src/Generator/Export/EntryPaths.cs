namespace ApiStudio.Generator.Export;

/// <summary>
/// Which relative paths an export may write, in a folder or a zip: '/'-separated segments of printable
/// characters, never rooted, never '.', '..' or empty, no backslash or colon. Whoever unpacks a zip can
/// trust that no entry lands outside the folder it unpacks into.
/// </summary>
public static class EntryPaths
{
    public static bool IsSafe(string path, out string? problem)
    {
        problem = path switch
        {
            null or "" => "the path is empty",
            _ when path.StartsWith('/') => "the path is rooted",
            _ when path.Contains('\\') => "the path contains a backslash",
            _ when path.Contains(':') => "the path contains a colon (a drive or stream name)",
            _ when path.Any(char.IsControl) => "the path contains a control character",
            _ when path.Split('/').Any(s => s is "" or "." or "..") => "the path has an empty, '.' or '..' segment",
            _ => null,
        };
        return problem is null;
    }

    /// <exception cref="ArgumentException">The path is not safe; the message says why.</exception>
    public static void Require(string path)
    {
        if (!IsSafe(path, out var problem))
        {
            throw new ArgumentException($"Unsafe export path '{path}': {problem}.", nameof(path));
        }
    }
}
