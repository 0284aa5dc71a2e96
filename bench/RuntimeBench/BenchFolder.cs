using Microsoft.Data.Sqlite;

namespace ApiStudio.RuntimeBench;

/// <summary>
/// A scratch folder for the two SQLite files, on tmpfs (/dev/shm) where there is one, so that neither server
/// waits on fsync and the comparison stays about the request pipeline, not the disk.
/// </summary>
public sealed class BenchFolder : IDisposable
{
    private BenchFolder(string path) => Path = path;

    public string Path { get; }

    public static BenchFolder Create()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        var path = System.IO.Path.Combine(root, "runtime-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new BenchFolder(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public static string ConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();

    /// <summary>WAL is a property of the file, so setting it once is enough for every later connection.</summary>
    public static void UseWal(string file)
    {
        using var connection = new SqliteConnection(ConnectionString(file));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{file} did not switch to WAL (journal_mode is {mode}).");
        }
    }

    /// <summary>A page-for-page copy of a database (SQLite's online backup), then switched to WAL like the original.</summary>
    public static void Copy(string from, string to)
    {
        using (var source = new SqliteConnection(ConnectionString(from)))
        using (var target = new SqliteConnection(ConnectionString(to)))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        UseWal(to);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is removed with the tmpfs at the latest; not worth failing the run over.
        }
    }
}
