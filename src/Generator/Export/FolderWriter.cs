namespace ApiStudio.Generator.Export;

/// <summary>
/// Writes an export to a folder all at once: the new folder is built as a temporary sibling and moved into
/// place, so a failure leaves the target as it was and no half-written project anywhere. An existing,
/// non-empty target is refused unless forced; when forced, the new folder keeps the old one's
/// <see cref="ExportLayout.CustomFolder"/> files and every file the export does not own (see
/// <see cref="ExportLayout"/>), and drops build output.
/// </summary>
public static class FolderWriter
{
    /// <exception cref="IOException">The target exists and is not empty, and <paramref name="force"/> is false; or writing failed.</exception>
    /// <exception cref="ArgumentException">A file's path is not safe; nothing is written.</exception>
    public static FolderWriteResult Write(ExportedProject project, string targetDirectory, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        foreach (var file in project.Files)
        {
            EntryPaths.Require(file.Path);
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        if (File.Exists(target))
        {
            throw new IOException($"{target} is a file; export to a folder.");
        }

        var existing = Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any();
        if (existing && !force)
        {
            throw new IOException($"{target} is not empty; pass --force to replace the export in it (Custom/ and your other files are kept).");
        }

        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no parent folder to build the export in.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.export-{Guid.NewGuid():N}");
        try
        {
            var written = new List<string>();
            var kept = new List<string>();
            foreach (var file in project.Files)
            {
                if (existing && file.IsUserCode && File.Exists(Combine(target, file.Path)))
                {
                    kept.Add(file.Path);
                    continue;
                }

                var path = Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.ToBytes());
                written.Add(file.Path);
            }

            var carried = existing ? CarryOver(project, target, staging) : [];
            Swap(staging, target);
            return new FolderWriteResult(target, written, kept, carried);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Copies every file of the old folder the new export does not own; the user's Custom/ files among them.</summary>
    private static List<string> CarryOver(ExportedProject project, string target, string staging)
    {
        var exported = project.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var carried = new List<string>();
        foreach (var source in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(target, source).Replace(Path.DirectorySeparatorChar, '/');
            if (ExportLayout.BuildFolders.Any(folder => relative.StartsWith(folder + "/", StringComparison.Ordinal))
                || (!ExportLayout.IsUserCode(relative) && ExportLayout.IsOwnedByExport(relative, exported)))
            {
                continue;
            }

            var destination = Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination, overwrite: false);
            carried.Add(relative);
        }

        return carried;
    }

    /// <summary>Moves the staged folder into place; an old target is moved aside first and restored if the move fails.</summary>
    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var aside = $"{target}.old-{Guid.NewGuid():N}";
        Directory.Move(target, aside);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }

        TryDelete(aside);
    }

    private static string Combine(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Leftovers of a failed export are named .<target>.export-*; they never take the target's place.
        }
    }
}
