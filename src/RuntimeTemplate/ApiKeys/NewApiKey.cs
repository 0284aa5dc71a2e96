namespace ApiStudio.Runtime.ApiKeys;

/// <summary>A freshly generated key: the value shown once, and what the database keeps of it.</summary>
public sealed record NewApiKey(string Value, string DisplayPrefix, string Hash);
