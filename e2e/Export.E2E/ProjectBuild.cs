using System.Diagnostics;

namespace ApiStudio.Export.E2E;

/// <summary><c>dotnet build</c> of an exported project, as its README says; packages come from the local NuGet cache.</summary>
public static class ProjectBuild
{
    /// <returns>The path of the built app's dll.</returns>
    public static async Task<string> BuildAsync(string projectFolder, string projectName)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "--nologo", "-v:minimal", "-clp:Summary" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await errors;
        Assert.True(process.ExitCode == 0, $"dotnet build of {projectName} failed:\n{text}");
        Assert.True(text.Contains(" 0 Warning(s)", StringComparison.Ordinal), $"dotnet build of {projectName} warned:\n{text}");
        var assembly = Path.Combine(projectFolder, "bin", "Debug", "net10.0", projectName + ".dll");
        Assert.True(File.Exists(assembly), $"dotnet build of {projectName} left no {assembly}:\n{text}");
        return assembly;
    }
}
