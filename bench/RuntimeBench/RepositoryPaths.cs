namespace ApiStudio.RuntimeBench;

/// <summary>Finds the repository from the build output folder, whatever directory the bench is run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CrmSample => Path.Combine(Root, "samples", "crm.api.json");

    public static string DefaultResults => Path.Combine(Root, "bench", "RuntimeBench", "results.json");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "samples", "crm.api.json"))
                    && Directory.Exists(Path.Combine(directory.FullName, "bench")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository (a folder with samples/crm.api.json and bench/).");
    }
}
