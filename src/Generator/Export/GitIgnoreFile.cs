namespace ApiStudio.Generator.Export;

/// <summary><c>.gitignore</c>: build output and the local SQLite database.</summary>
internal static class GitIgnoreFile
{
    public static ExportFile Render() => new(".gitignore", """
        bin/
        obj/
        .vs/
        *.user
        app.db
        *.db
        *.db-shm
        *.db-wal

        """);
}
