using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Bench;

/// <summary>
/// From a definition to the first 200 of the built app: export and write the folder, <c>dotnet build</c> it,
/// start it and poll <c>/health</c>. One run, phase by phase; the app is stopped and the folder removed after.
/// </summary>
public static class FirstResponse
{
    public sealed record Phases(TimeSpan Export, TimeSpan Build, TimeSpan Start)
    {
        public TimeSpan Total => Export + Build + Start;
    }

    public static async Task<Phases> MeasureAsync(ApiDefinition definition)
    {
        var folder = Path.Combine(Path.GetTempPath(), "export-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            var project = ProjectExporter.Export(definition);
            FolderWriter.Write(project, folder);
            var export = clock.Elapsed;

            clock.Restart();
            await RunAsync(folder, "build", "--nologo", "-v:quiet");
            var build = clock.Elapsed;

            clock.Restart();
            var port = FreePort();
            using var app = Start(folder, project.Name, port);
            try
            {
                await WaitForOkAsync(new Uri($"http://127.0.0.1:{port}/health"), app);
                return new Phases(export, build, clock.Elapsed);
            }
            finally
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process Start(string folder, string name, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine("bin", "Debug", "net10.0", name + ".dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Api__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForOkAsync(Uri health, Process app)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"The exported app exited with code {app.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The exported app never answered /health.");
    }

    private static async Task RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
