using ApiStudio.Generator.Export;

namespace ApiStudio.Generator.Tests.Export;

public sealed class FolderWriterTests : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("api-studio-folder-").FullName;

    private string Target => Path.Combine(parent, "crm");

    public void Dispose() => Directory.Delete(parent, recursive: true);

    [Fact]
    public void Writes_every_file_of_the_export_and_leaves_no_staging_folder()
    {
        var project = ExportSamples.Export("crm");

        var result = FolderWriter.Write(project, Target);

        Assert.Equal(project.Files.Count, result.Written.Count);
        foreach (var file in project.Files)
        {
            Assert.Equal(file.ToBytes(), File.ReadAllBytes(Path.Combine(Target, file.Path)));
        }

        Assert.Equal(["crm"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_non_empty_target_is_refused_without_force_and_left_untouched()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        var refused = Assert.Throws<IOException>(() => FolderWriter.Write(ExportSamples.Export("crm"), Target));

        Assert.Contains("--force", refused.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_target_folder_is_used_without_force()
    {
        Directory.CreateDirectory(Target);

        FolderWriter.Write(ExportSamples.Export("crm"), Target);

        Assert.True(File.Exists(Path.Combine(Target, "Crm.csproj")));
    }

    [Fact]
    public void A_forced_re_export_keeps_custom_code_and_the_user_s_files_and_drops_stale_generated_files()
    {
        var project = ExportSamples.Export("crm");
        FolderWriter.Write(project, Target);
        var custom = Path.Combine(Target, "Custom", "Actions", "DealsAdvanceHandler.cs");
        File.WriteAllText(custom, "// my code\n");
        File.WriteAllText(Path.Combine(Target, "app.db"), "data");
        File.WriteAllText(Path.Combine(Target, "Entities", "Stale.cs"), "// from an older design\n");
        File.WriteAllText(Path.Combine(Target, "Program.cs"), "// edited by hand\n");
        Directory.CreateDirectory(Path.Combine(Target, "obj"));
        File.WriteAllText(Path.Combine(Target, "obj", "cache"), "x");

        var result = FolderWriter.Write(project, Target, force: true);

        Assert.Equal("// my code\n", File.ReadAllText(custom));
        Assert.Equal(["Custom/Actions/DealsAdvanceHandler.cs"], result.KeptUserFiles);
        Assert.Equal("data", File.ReadAllText(Path.Combine(Target, "app.db")));
        Assert.False(File.Exists(Path.Combine(Target, "Entities", "Stale.cs")));
        Assert.False(Directory.Exists(Path.Combine(Target, "obj")));
        Assert.Equal(project.Content("Program.cs"), File.ReadAllText(Path.Combine(Target, "Program.cs")));
        Assert.Equal(["crm"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_old_folder_as_it_was_and_nothing_half_written()
    {
        FolderWriter.Write(ExportSamples.Export("crm"), Target);
        var before = Snapshot(Target);

        // The second file cannot be written: its folder would have to be the first file.
        var broken = new ExportedProject("Crm", [new ExportFile("README.md", "new\n"), new ExportFile("README.md/inner.txt", "x")]);
        Assert.ThrowsAny<IOException>(() => FolderWriter.Write(broken, Target, force: true));

        Assert.Equal(before, Snapshot(Target));
        Assert.Equal(["crm"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_on_a_new_target_leaves_no_folder_at_all()
    {
        var broken = new ExportedProject("Crm", [new ExportFile("a.txt", "a"), new ExportFile("a.txt/b.txt", "b")]);

        Assert.ThrowsAny<IOException>(() => FolderWriter.Write(broken, Target));

        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public void An_unsafe_path_is_refused_before_anything_is_written()
    {
        var project = new ExportedProject("Crm", [new ExportFile("ok.txt", "ok"), new ExportFile("../escape.txt", "x")]);

        Assert.Throws<ArgumentException>(() => FolderWriter.Write(project, Target));

        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllText, StringComparer.Ordinal);
}
