using System.Text.Json;
using ApiStudio.RuntimeBench.Baseline;

namespace ApiStudio.RuntimeBench;

/// <summary>
/// The server process (<c>--serve</c>): both servers, one SQLite file each, seeded; then it answers the
/// driver's commands on stdin (<c>gc</c>, <c>counters</c>, <c>stages</c>, <c>exit</c>), one line each, so the driver can
/// measure this process's CPU time apart from its own.
/// </summary>
public static class ServeMode
{
    public const string Flag = "--serve";
    public const string ReadyPrefix = "READY ";
    public const string Done = "DONE";
    public const string SigningKey = "runtime-bench-signing-key-0123456789abcdef-0123";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var folder = BenchFolder.Create();
        var definition = RuntimeServer.LoadSample(RepositoryPaths.CrmSample);
        var runtimeFile = folder.File("runtime.db");
        var baselineFile = folder.File("baseline.db");

        await using var runtime = await RuntimeServer.StartAsync(definition, runtimeFile, SigningKey);
        var user = await runtime.SignInMemberAsync("sales");
        var ids = await CompanySeed.InsertAsync(runtimeFile, user, options.Rows);
        BenchFolder.Copy(runtimeFile, baselineFile);
        await using var baseline = await BaselineServer.StartAsync(baselineFile, definition.Project.BasePath, SigningKey, "api-studio:" + definition.Project.Name);

        var handshake = new ServerHandshake(runtime.BaseUrl, baseline.BaseUrl, baseline.Origin, folder.Path, user, ids);
        Console.WriteLine(ReadyPrefix + JsonSerializer.Serialize(handshake, JsonSerializerOptions.Web));
        while (await Console.In.ReadLineAsync() is { } command && command != "exit")
        {
            switch (command)
            {
                case "gc":
                    // Each segment starts from a collected heap, so one server's garbage is not the next one's pause.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    break;
                case "counters":
                    // Methods compiled so far, then bytes allocated so far (all threads).
                    Console.WriteLine(System.Runtime.JitInfo.GetCompiledMethodCount().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Console.WriteLine(GC.GetTotalAllocatedBytes(precise: false).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "stages":
                    await StageProfile.RunAsync(runtime, user, ids, baseline);
                    break;
                default:
                    Console.WriteLine($"unknown command '{command}'");
                    break;
            }

            Console.WriteLine(Done);
        }

        return 0;
    }
}
