namespace ApiStudio.Studio.Simulator;

/// <summary>Someone the simulator can send a request as, with the credential header that makes them so.</summary>
public sealed record SandboxPersona(string Id, string Label, PersonaKind Kind)
{
    public string? Organization { get; init; }

    public string? Role { get; init; }

    public string? UserId { get; init; }

    /// <summary>The header carrying the credential (Authorization or X-API-Key), if any.</summary>
    public string? HeaderName { get; init; }

    public string? HeaderValue { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public string? Environment { get; init; }
}
