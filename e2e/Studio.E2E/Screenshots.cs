namespace ApiStudio.Studio.E2E;

/// <summary>Where the e2e run leaves its screenshots for reviewers (ignored by git).</summary>
public static class Screenshots
{
    public static string Directory { get; } =
        Path.Combine(RepositoryRoot.Path, "e2e", "Studio.E2E", "artifacts", "screenshots");

    public static string PathFor(string name) => Path.Combine(Directory, name + ".png");
}
