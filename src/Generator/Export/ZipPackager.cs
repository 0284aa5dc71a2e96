using System.IO.Compression;

namespace ApiStudio.Generator.Export;

/// <summary>
/// Packs an export as a zip whose bytes depend only on the files: entries sorted by path, all under one
/// folder named after the project, every timestamp fixed, no directory entries, and only safe entry names.
/// </summary>
public static class ZipPackager
{
    /// <summary>The timestamp of every entry: the earliest a zip can record, since real times would make each zip differ.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Package(ExportedProject project)
    {
        using var buffer = new MemoryStream();
        Write(project, buffer);
        return buffer.ToArray();
    }

    /// <exception cref="ArgumentException">A file's path is not safe (see <see cref="EntryPaths"/>); nothing is written.</exception>
    public static void Write(ExportedProject project, Stream output)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(output);
        EntryPaths.Require(project.Name);
        foreach (var file in project.Files)
        {
            EntryPaths.Require(file.Path);
        }

        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in project.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var entry = archive.CreateEntry($"{project.Name}/{file.Path}", CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(file.ToBytes());
        }
    }

    /// <summary>Writes the zip to a temporary sibling file, then moves it into place, so no half-written zip is ever left.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static void WriteFile(ExportedProject project, string path, bool overwrite = false)
    {
        var target = Path.GetFullPath(path);
        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"{target} exists; pass --force to replace it.");
        }

        var bytes = Package(project);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
