namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>A stored value of a masked column, with the row facts that decide who may see it unmasked.</summary>
public sealed record SecretFact(string Value, string Table, string Column, int Org, string? RowOwner);
