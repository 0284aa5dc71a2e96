namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>The body of POST /companies, bound by minimal APIs.</summary>
public sealed record CompanyInput(string? Name, string? Domain, string? Website);
