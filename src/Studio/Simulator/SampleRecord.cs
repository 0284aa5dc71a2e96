namespace ApiStudio.Studio.Simulator;

/// <summary>A seeded row the simulator can address: which table, organization and owner, and whether it is soft-deleted.</summary>
public sealed record SampleRecord(string Table, string Organization, string Id, string? OwnerUserId, bool Deleted);
