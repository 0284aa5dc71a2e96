namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>A generated list query string ("" or "?a=b&amp;...") and the columns it filters or sorts on.</summary>
public sealed record GeneratedQuery(string Text, IReadOnlyList<string> QueriedColumns);
