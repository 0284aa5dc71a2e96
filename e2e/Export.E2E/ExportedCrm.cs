using System.Diagnostics;
using ApiStudio.Generator.Export;

namespace ApiStudio.Export.E2E;

/// <summary>
/// The CRM sample exported to a temporary folder and built with <c>dotnet build</c>, with its next version
/// (exported with the sample as the previous definition) built alongside, and a tiny-rate-limit copy. The apps
/// the tests talk to are started once and shared by the collection.
/// </summary>
public sealed class ExportedCrm : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("api-studio-export-e2e-").FullName;
    private readonly List<IAsyncDisposable> resources = [];
    private Task<ExportedApp>? sqlite;
    private Task<ExportedApp>? postgres;
    private Task<ExportedApp>? tiny;

    public string V1Folder => Path.Combine(root, "crm");

    public string V2Folder => Path.Combine(root, "crm-v2");

    public string TinyFolder => Path.Combine(root, "crm-tiny");

    public string V1Assembly { get; private set; } = "";

    public string V2Assembly { get; private set; } = "";

    public string BasePath => CrmVersions.V1.Project.BasePath;

    public string ProjectName { get; private set; } = "";

    /// <summary>How long exporting and building took, for the benchmark notes.</summary>
    public TimeSpan ExportAndBuild { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var v1 = ProjectExporter.Export(CrmVersions.V1);
        FolderWriter.Write(v1, V1Folder);
        FolderWriter.Write(ProjectExporter.Export(CrmVersions.V2, previous: CrmVersions.V1), V2Folder);
        FolderWriter.Write(ProjectExporter.Export(CrmVersions.TinyLimits), TinyFolder);
        ProjectName = v1.Name;

        // Two builds at once: each is mostly one compiler process, and the machine has two cores.
        var builds = await Task.WhenAll(ProjectBuild.BuildAsync(V1Folder, v1.Name), ProjectBuild.BuildAsync(V2Folder, v1.Name));
        (V1Assembly, V2Assembly) = (builds[0], builds[1]);
        ExportAndBuild = clock.Elapsed;
    }

    /// <summary>The sample's API on a fresh SQLite file.</summary>
    public Task<ExportedApp> SqliteAsync() => sqlite ??= StartAsync(V1Assembly, V1Folder, "sqlite", $"Data Source={NewSqliteFile()}");

    /// <summary>The sample's API on a fresh PostgreSQL database (fails when APISTUDIO_TEST_POSTGRES is unset).</summary>
    public Task<ExportedApp> PostgresAsync() => postgres ??= StartOnPostgresAsync();

    /// <summary>
    /// The tiny-rate-limit copy. Its export differs from the sample's only in api.json, openapi.json and README.md
    /// (a test holds that), so it runs the sample's build with its own folder as the content root.
    /// </summary>
    public Task<ExportedApp> TinyLimitsAsync() => tiny ??= StartAsync(V1Assembly, TinyFolder, "sqlite", $"Data Source={NewSqliteFile()}");

    public string NewSqliteFile() => Path.Combine(root, $"db-{Guid.NewGuid():N}.db");

    /// <summary>A folder under the fixture's root (deleted with it), for a further export that runs the sample's build.</summary>
    public string FolderFor(string name) => Path.Combine(root, name);

    public async Task<ExportedApp> StartAsync(string assembly, string contentRoot, string provider, string connectionString)
    {
        var app = await ExportedApp.StartAsync(assembly, contentRoot, provider, connectionString);
        lock (resources)
        {
            resources.Add(app);
        }

        return app;
    }

    private async Task<ExportedApp> StartOnPostgresAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var app = await StartAsync(V1Assembly, V1Folder, "postgres", database.ConnectionString);
        lock (resources)
        {
            // Disposed in reverse: the app stops before its database is dropped.
            resources.Insert(0, database);
        }

        return app;
    }

    public async Task DisposeAsync()
    {
        for (var i = resources.Count - 1; i >= 0; i--)
        {
            await resources[i].DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
