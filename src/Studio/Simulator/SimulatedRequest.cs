namespace ApiStudio.Studio.Simulator;

/// <summary>A request composed in the simulator: path relative to the host (query included) and a raw body.</summary>
public sealed record SimulatedRequest(string Method, string Path, string? Body, string PersonaId)
{
    /// <summary>Extra headers, such as X-Organization-Id or If-None-Match.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
