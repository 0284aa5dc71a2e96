namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>What the test knows about one row: its table, organization (-1 for a public table) and owner.</summary>
public sealed class RecordFact(string id, string table, int org, string? owner)
{
    public string Id { get; } = id;

    public string Table { get; } = table;

    public int Org { get; } = org;

    public string? Owner { get; } = owner;

    public bool Deleted { get; set; }
}
