using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables;

/// <summary>What a table added in the Studio starts with.</summary>
public static class NewTables
{
    /// <summary>
    /// A uuid key and an organization column: the smallest table the validator accepts, because a
    /// table without a key or an organization scope is an error.
    /// </summary>
    public static TableDefinition Create(string name) => new()
    {
        Name = name,
        Columns =
        [
            new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true, Nullable = false },
            new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
        ],
    };
}
