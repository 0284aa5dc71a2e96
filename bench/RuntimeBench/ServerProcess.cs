using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace ApiStudio.RuntimeBench;

/// <summary>The driver's handle on the server process: start it, talk to it a line at a time, read its CPU time.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, ServerHandshake handshake)
    {
        this.process = process;
        Handshake = handshake;
    }

    public ServerHandshake Handshake { get; }

    /// <summary>User plus system CPU time the server process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(BenchOptions options)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add(ServeMode.Flag);
        start.ArgumentList.Add("--rows");
        start.ArgumentList.Add(options.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server process.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ServeMode.ReadyPrefix, StringComparison.Ordinal))
            {
                var handshake = JsonSerializer.Deserialize<ServerHandshake>(line[ServeMode.ReadyPrefix.Length..], JsonSerializerOptions.Web)!;
                return new ServerProcess(process, handshake);
            }

            Console.WriteLine(line);
        }

        throw new InvalidOperationException($"The server process ended before it was ready (exit code {(process.HasExited ? process.ExitCode : -1)}).");
    }

    /// <summary>
    /// Methods the server process has compiled so far (while this still climbs, its code is not at its final
    /// tier) and bytes it has allocated so far.
    /// </summary>
    public async Task<(long CompiledMethods, long AllocatedBytes)> CountersAsync()
    {
        var lines = await CommandAsync("counters");
        return (long.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Sends a command and returns (or relays) what the server prints until it says it is done.</summary>
    public async Task<List<string>> CommandAsync(string command, bool relay = false)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == ServeMode.Done)
            {
                return lines;
            }

            lines.Add(line);
            if (relay)
            {
                Console.WriteLine(line);
            }
        }

        throw new InvalidOperationException("The server process ended in the middle of a command.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await process.StandardInput.WriteLineAsync("exit");
            await process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }
}
