namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// One request of the parity list, sent as a simulator persona to both sides. <c>{name}</c> in the path or body
/// stands for the id an earlier scenario captured on that side. <see cref="Status"/> and <see cref="Code"/> say what
/// the scenario is there to reach, so the list cannot drift into testing something else while both sides agree.
/// </summary>
public sealed record ParityScenario(string Name, string Persona, string Method, string Path, string? Body, int Status, string? Code)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Keeps the answer's <c>id</c> under this name for later scenarios.</summary>
    public string? Capture { get; init; }

    /// <summary>Why the scenario is not sent: a known difference between the sides, kept in the list so it is not forgotten.</summary>
    public string? Skip { get; init; }

    public override string ToString() => $"{Name} ({Method} {Path} as {Persona})";
}
