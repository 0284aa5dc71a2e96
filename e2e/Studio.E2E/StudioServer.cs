using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace ApiStudio.Studio.E2E;

/// <summary>
/// The Studio's build output running as a child process on a free loopback port, so the browser
/// talks to the real server (Kestrel, static assets, SignalR) rather than an in-memory host.
/// </summary>
public sealed class StudioServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder output;

    private StudioServer(Process process, StringBuilder output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the Studio on the SQLite store file <paramref name="storePath"/> (created if missing).</summary>
    public static async Task<StudioServer> StartAsync(string storePath)
    {
        var studioDll = StudioDllPath();
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");

        var start = new ProcessStartInfo("dotnet")
        {
            // The content root must be the project folder: in Development the static web assets
            // manifest maps wwwroot and package assets from there rather than from bin.
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "Studio"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(studioDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        // Command-line configuration wins over appsettings.json, so the run never touches the developer's store.
        start.ArgumentList.Add("--Store:Provider=sqlite");
        start.ArgumentList.Add($"--Store:ConnectionString=Data Source={storePath}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new StudioServer(process, output, baseAddress);
        try
        {
            await server.WaitUntilAnsweringAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The Studio exited with code {process.ExitCode} before answering.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting up.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The Studio did not answer {BaseAddress} within {StartTimeout}.\n{Output}");
    }

    private static string StudioDllPath()
    {
        // Same configuration as this test project, whose ProjectReference builds the Studio first.
        var metadata = typeof(StudioServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var path = Path.Combine(
            RepositoryRoot.Path, "src", "Studio", "bin",
            metadata["StudioConfiguration"]!, metadata["StudioTargetFramework"]!, "Studio.dll");

        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The Studio is not built at {path}; build the solution or src/Studio first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
