namespace ApiStudio.RuntimeBench;

/// <summary>What the server process tells the driver once both servers listen: where they are and who to be.</summary>
public sealed record ServerHandshake(string RuntimeBaseUrl, string BaselineBaseUrl, string BaselineOrigin, string DatabaseFolder, SignedInUser User, Guid[] CompanyIds);
