namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>Before the random phase: <paramref name="Count"/> valid creates in <paramref name="Table"/> by the persona named <paramref name="Persona"/>, in every organization.</summary>
public sealed record SeedStep(string Table, string Persona, int Count);
