namespace ApiStudio.Studio.E2E;

/// <summary>The checkout the tests run from, found from the test binaries upwards.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Studio.sln"))
                || File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Studio.sln or Directory.Build.props above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
