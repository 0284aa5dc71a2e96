using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tests.Tables;

/// <summary>The repository's sample designs, read as the Studio reads a stored project.</summary>
public static class Samples
{
    public static ApiDefinition Crm { get; } = Read("crm.api.json");

    public static ApiDefinition Read(string fileName)
    {
        var result = DefinitionJson.Parse(File.ReadAllText(Path.Combine(FindRoot(), "samples", fileName)));
        return result.Definition ?? throw new InvalidOperationException($"{fileName} does not parse: {string.Join("; ", result.Diagnostics)}");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
