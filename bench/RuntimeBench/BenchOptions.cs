using System.Globalization;

namespace ApiStudio.RuntimeBench;

/// <summary>Command-line settings; the defaults are the ones the README's figures were taken with.</summary>
public sealed record BenchOptions
{
    public int Concurrency { get; init; } = 16;

    /// <summary>Measured seconds per operation and server, split into segments run in the order baseline, runtime, runtime, baseline, <see cref="Rounds"/> times.</summary>
    public double DurationSeconds { get; init; } = 10;

    public int Rounds { get; init; } = 4;

    /// <summary>Load per operation and server right before it is measured.</summary>
    public double WarmUpSeconds { get; init; } = 3;

    /// <summary>
    /// Longest first warm-up: every operation against both servers, in turns, until neither process compiles
    /// more than a few methods a turn, so no figure is taken while the JIT is still tiering code up.
    /// </summary>
    public double MaxJitWarmUpSeconds { get; init; } = 60;

    /// <summary>Companies seeded before the run (the get requests cycle through them).</summary>
    public int Rows { get; init; } = 1000;

    /// <summary>Hard cap on requests per segment, so a loop ends even if the clock misbehaves.</summary>
    public long MaxRequestsPerSegment { get; init; } = 2_000_000;

    public IReadOnlyList<string> Operations { get; init; } = ["get", "list", "create"];

    /// <summary>Also time the runtime's pipeline stages in a loop (in process, no HTTP) and print where a request's time goes.</summary>
    public bool Stages { get; init; }

    public string? ResultsPath { get; init; }

    /// <summary>Run as the server process the driver starts (internal).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Serve { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--concurrency" => options with { Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => options with { DurationSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { WarmUpSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--jit-warmup" => options with { MaxJitWarmUpSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rows" => options with { Rows = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--ops" => options with { Operations = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--stages" => options with { Stages = true },
                "--out" => options with { ResultsPath = Next() },
                ServeMode.Flag => options with { Serve = true },
                _ => throw new ArgumentException(
                    $"unknown option {args[i]}; use --concurrency N --duration S --warmup S --jit-warmup S --rounds N --rows N --ops get,list,create --stages --out FILE"),
            };
        }

        if (options.Concurrency is < 1 or > 256 || options.Rounds is < 1 or > 10 || options.DurationSeconds is <= 0 or > 120 || options.WarmUpSeconds is < 0 or > 60 || options.Rows < 1)
        {
            throw new ArgumentException("concurrency must be 1-256, rounds 1-10, duration 0-120 s, warm-up 0-60 s, rows at least 1");
        }

        return options;
    }
}
