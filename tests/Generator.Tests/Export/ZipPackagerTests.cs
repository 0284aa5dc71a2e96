using System.IO.Compression;
using ApiStudio.Generator.Export;

namespace ApiStudio.Generator.Tests.Export;

public sealed class ZipPackagerTests
{
    [Fact]
    public void Entries_are_the_export_s_files_sorted_under_the_project_folder_with_a_fixed_time_and_no_directories()
    {
        var project = ExportSamples.Export("crm");

        using var zip = new ZipArchive(new MemoryStream(ZipPackager.Package(project)), ZipArchiveMode.Read);

        Assert.Equal(project.Files.Select(f => "Crm/" + f.Path), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, entry =>
        {
            Assert.False(entry.FullName.EndsWith('/'), $"{entry.FullName} is a directory entry");
            Assert.Equal(ZipPackager.EntryTime.DateTime, entry.LastWriteTime.DateTime);
        });
        var readme = zip.GetEntry("Crm/README.md")!;
        using var reader = new StreamReader(readme.Open());
        Assert.Equal(project.Content("README.md"), reader.ReadToEnd());
    }

    [Theory]
    [InlineData("../evil.cs")]
    [InlineData("Runtime/../../evil.cs")]
    [InlineData("/etc/passwd")]
    [InlineData("Runtime\\evil.cs")]
    [InlineData("C:/evil.cs")]
    [InlineData("a//b.cs")]
    [InlineData("./a.cs")]
    [InlineData("")]
    public void An_unsafe_entry_name_is_refused_and_nothing_is_written(string path)
    {
        var project = new ExportedProject("Crm", [new ExportFile("README.md", "ok\n"), new ExportFile(path, "x")]);
        using var output = new MemoryStream();

        var refused = Assert.Throws<ArgumentException>(() => ZipPackager.Write(project, output));

        Assert.Contains("Unsafe export path", refused.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Writing_a_zip_file_refuses_an_existing_file_unless_told_to_replace_it()
    {
        var folder = Directory.CreateTempSubdirectory("api-studio-zip-").FullName;
        try
        {
            var path = Path.Combine(folder, "crm.zip");
            File.WriteAllText(path, "not a zip");
            var project = ExportSamples.Export("crm");

            Assert.Throws<IOException>(() => ZipPackager.WriteFile(project, path));
            Assert.Equal("not a zip", File.ReadAllText(path));

            ZipPackager.WriteFile(project, path, overwrite: true);
            Assert.Equal(ZipPackager.Package(project), File.ReadAllBytes(path));
            Assert.Equal(["crm.zip"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
