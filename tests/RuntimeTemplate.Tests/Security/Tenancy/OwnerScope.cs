namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>A table's firewall owner column; <paramref name="Unassigned"/> when rows without an owner are visible to all.</summary>
public sealed record OwnerScope(string Column, bool Unassigned);
