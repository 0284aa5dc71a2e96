namespace ApiStudio.Generator.Export;

/// <summary>
/// Who owns which path of an exported project. The export owns its folders and root files and rewrites
/// them whole; <see cref="CustomFolder"/> is the user's and is never overwritten; anything else in a target
/// folder (the SQLite database, .git, notes) is left where it is.
/// </summary>
public static class ExportLayout
{
    public const string RuntimeFolder = "Runtime";
    public const string EntitiesFolder = "Entities";
    public const string ActionsFolder = "Actions";
    public const string HostingFolder = "Hosting";
    public const string MigrationsFolder = "Migrations";
    public const string PropertiesFolder = "Properties";

    /// <summary>The user's code: an export adds a file here only when it is missing, and never changes or deletes one.</summary>
    public const string CustomFolder = "Custom";

    /// <summary>Folders an export replaces as a whole, so files it no longer generates disappear.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } =
        [ActionsFolder, EntitiesFolder, HostingFolder, MigrationsFolder, PropertiesFolder, RuntimeFolder];

    /// <summary>Build output, never carried from an old export into a new one.</summary>
    public static IReadOnlyList<string> BuildFolders { get; } = ["bin", "obj"];

    public static bool IsUserCode(string path) => path.StartsWith(CustomFolder + "/", StringComparison.Ordinal);

    /// <summary>True for a path a re-export replaces (or removes): inside an owned folder, or a file the export writes.</summary>
    public static bool IsOwnedByExport(string path, IReadOnlySet<string> exportedPaths) =>
        (exportedPaths.Contains(path) && !IsUserCode(path))
        || OwnedFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal));
}
