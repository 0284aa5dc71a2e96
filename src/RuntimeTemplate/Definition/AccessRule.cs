namespace ApiStudio.Runtime.Definition;

/// <summary>Roles allowed to run an operation, and what must hold of the record.</summary>
public sealed record AccessRule
{
    /// <summary>Any of these; <c>admin+</c> means admin and every higher role; <c>PUBLIC</c> means anyone.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The caller must be the record's owner (the firewall's owner column).</summary>
    public bool Owner { get; init; }

    /// <summary>A condition the record must meet: in SQL for lists, on the row for single records.</summary>
    public Condition? Record { get; init; }
}
