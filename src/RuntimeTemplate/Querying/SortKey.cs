namespace ApiStudio.Runtime.Querying;

/// <summary>One key of <c>sort=status,-createdAt</c>: a leading '-' sorts descending.</summary>
public sealed record SortKey(string Column, bool Descending = false);
