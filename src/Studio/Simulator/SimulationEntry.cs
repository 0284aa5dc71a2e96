namespace ApiStudio.Studio.Simulator;

/// <summary>One request of the session's history, its latest answer, and the answer before a re-run.</summary>
public sealed record SimulationEntry(int Number, SimulatedRequest Request, SimulatedResponse Response)
{
    public SimulatedResponse? Previous { get; init; }

    /// <summary>The error code of a response body, when it carries one.</summary>
    public static string? CodeOf(SimulatedResponse response)
    {
        try
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(response.Body) as System.Text.Json.Nodes.JsonObject;
            return body?["code"]?.GetValue<string>() ?? body?["error"]?["reason"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a re-run after a design change answered differently (status or code).</summary>
    public bool Changed => Previous is { } previous && (previous.Status != Response.Status || CodeOf(previous) != CodeOf(Response));
}
