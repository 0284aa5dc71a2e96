namespace ApiStudio.Studio.Simulator;

/// <summary>One of the sandbox's two organizations, "A" and "B".</summary>
public sealed record SandboxOrganization(string Label, string Id, string Name);
