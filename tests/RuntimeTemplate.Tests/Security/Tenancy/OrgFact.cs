namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>One organization of the property test: its id and its members by persona name (admin, sales, ..., pk, sk).</summary>
public sealed record OrgFact(int Index, string Id)
{
    public Dictionary<string, TenantCaller> Members { get; } = new(StringComparer.Ordinal);
}
