namespace ApiStudio.Studio.Simulator;

/// <summary>An API key to add to the sandbox as a persona: its organization's label, kind, scopes and environment.</summary>
public sealed record KeyPersonaRequest(string Organization, bool Secret, IReadOnlyList<string> Scopes, string Environment);
