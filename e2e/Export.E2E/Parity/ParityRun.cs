using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// Sends every scenario to both sides in turn and collects what differs (status, media type, normalized body) and
/// where the simulator missed what the scenario is there to reach, each named by its scenario.
/// </summary>
public sealed class ParityRun(IParitySide simulator, IParitySide exported)
{
    private readonly Dictionary<string, string> simulatorIds = [];
    private readonly Dictionary<string, string> exportedIds = [];
    private readonly ParityBody simulatorBodies = new(simulator.SeededIds);
    private readonly ParityBody exportedBodies = new(exported.SeededIds);

    public List<string> Failures { get; } = [];

    public int Sent { get; private set; }

    /// <summary>One line per scenario: what the simulator answered.</summary>
    public List<string> Transcript { get; } = [];

    /// <summary>Scenarios not sent, with the reason.</summary>
    public List<string> Skipped { get; } = [];

    public async Task RunAsync(IReadOnlyList<ParityScenario> scenarios)
    {
        for (var i = 0; i < scenarios.Count; i++)
        {
            var scenario = scenarios[i];
            var title = $"#{i + 1} {scenario}";
            if (scenario.Skip is { } reason)
            {
                Skipped.Add($"{title}: {reason}");
                Transcript.Add($"{title}: skipped, {reason}");
                continue;
            }

            var fromSimulator = await SendAsync(simulator, simulatorIds, scenario);
            var fromExport = await SendAsync(exported, exportedIds, scenario);
            Sent++;

            var problems = new List<string>();
            if (fromSimulator.Status != scenario.Status || Code(fromSimulator) != scenario.Code)
            {
                problems.Add($"  the scenario expects {scenario.Status} {scenario.Code ?? "(no code)"}; the simulator answered {fromSimulator.Status} {Code(fromSimulator) ?? "(no code)"}");
            }

            if (fromSimulator.Status != fromExport.Status)
            {
                problems.Add($"  status: {simulator.Name} {fromSimulator.Status}, {exported.Name} {fromExport.Status}");
            }

            if (fromSimulator.MediaType != fromExport.MediaType)
            {
                problems.Add($"  media type: {simulator.Name} '{fromSimulator.MediaType}', {exported.Name} '{fromExport.MediaType}'");
            }

            var simulatorBody = simulatorBodies.Normalize(fromSimulator);
            var exportedBody = exportedBodies.Normalize(fromExport);
            Transcript.Add($"{title}: {fromSimulator.Status} {Code(fromSimulator)}");
            if (simulatorBody != exportedBody)
            {
                problems.Add(Diff(simulatorBody, exportedBody));
            }

            if (problems.Count > 0)
            {
                Failures.Add(title + "\n" + string.Join("\n", problems) + "\n  " + simulator.Name + " body:\n" + Indent(simulatorBody));
            }
        }
    }

    public string Describe() =>
        $"{Failures.Count} of {Sent} scenarios failed (bodies shown with request ids, timestamps and generated ids replaced):\n\n"
        + string.Join("\n\n", Failures);

    private static async Task<ParityResponse> SendAsync(IParitySide side, Dictionary<string, string> captured, ParityScenario scenario)
    {
        var response = await side.SendAsync(scenario.Persona, scenario.Method, Fill(scenario.Path, captured), scenario.Body is null ? null : Fill(scenario.Body, captured),
            scenario.Headers);
        if (scenario.Capture is { } name && response.Status is >= 200 and < 300 && JsonNode.Parse(response.Body)?["id"] is { } id)
        {
            captured[name] = id.GetValue<string>();
        }

        return response;
    }

    private static string Fill(string text, Dictionary<string, string> captured) =>
        captured.Aggregate(text, (filled, pair) => filled.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));

    /// <summary>The error code in any dialect: <c>code</c> (flat, problem) or <c>error.reason</c> (envelope).</summary>
    private static string? Code(ParityResponse response)
    {
        try
        {
            var body = JsonNode.Parse(response.Body) as JsonObject;
            var code = body?["error"] is JsonObject envelope ? envelope["reason"] : body?["code"];
            return code?.GetValueKind() == JsonValueKind.String ? code.GetValue<string>() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Diff(string left, string right)
    {
        var a = left.Split('\n');
        var b = right.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        var text = new StringBuilder($"  body differs from line {line + 1}:\n");
        text.Append($"    {simulator.Name}: {(line < a.Length ? a[line].Trim() : "(ends)")}\n");
        text.Append($"    {exported.Name}: {(line < b.Length ? b[line].Trim() : "(ends)")}\n");
        text.Append($"  {exported.Name} body:\n{Indent(right)}");
        return text.ToString();
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "    " + l));
}
