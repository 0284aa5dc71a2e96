using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ApiStudio.Export.E2E;

/// <summary>
/// A built export running as its own process on a free loopback port, configured the way an operator would:
/// environment variables for the signing key, environment, database provider and connection string.
/// </summary>
public sealed class ExportedApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder output;

    private ExportedApp(Process process, StringBuilder output, Uri baseAddress, string signingKey)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
        SigningKey = signingKey;
    }

    public Uri BaseAddress { get; }

    public string SigningKey { get; }

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

    /// <param name="assembly">The built app's dll.</param>
    /// <param name="contentRoot">The folder holding its api.json and Migrations/.</param>
    /// <param name="provider">sqlite or postgres.</param>
    /// <param name="connectionString">The database.</param>
    public static async Task<ExportedApp> StartAsync(string assembly, string contentRoot, string provider, string connectionString)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Api__SigningKey"] = signingKey;
        start.Environment["Api__Environment"] = "dev";
        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new ExportedApp(process, output, baseAddress, signingKey);
        try
        {
            await app.WaitForHealthAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The exported API exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The exported API did not answer /health within {StartTimeout.TotalSeconds} s:\n{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
