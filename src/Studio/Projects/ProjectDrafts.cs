namespace ApiStudio.Studio.Projects;

/// <summary>
/// Projects created in this circuit and not yet stored. Scoped, so each browser tab has its own
/// list until the project store replaces it.
/// </summary>
public sealed class ProjectDrafts
{
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    /// <summary>Adds a draft; returns false when a draft with that name (ignoring case) exists.</summary>
    /// <exception cref="ArgumentException">The name breaks <see cref="ProjectName.Rule"/>.</exception>
    public bool TryAdd(string name)
    {
        if (!ProjectName.IsValid(name))
        {
            throw new ArgumentException(ProjectName.Rule, nameof(name));
        }

        // Case-insensitive because the name becomes a folder name, and some file systems ignore case.
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        names.Add(name);
        return true;
    }
}
