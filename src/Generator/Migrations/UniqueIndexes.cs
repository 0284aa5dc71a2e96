using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The unique indexes a table gets, named and composed exactly as <c>PropertyBagTableModel</c> declares
/// them, so a migrated database and one the runtime creates itself are interchangeable.
/// </summary>
internal static class UniqueIndexes
{
    public static IReadOnlyList<UniqueIndex> Of(TableDefinition table)
    {
        var organization = ResolvedFirewall.Resolve(table).OrganizationColumn;
        return table.Columns
            .Where(c => c.Unique && !c.PrimaryKey)
            .Select(c => new UniqueIndex(
                NameFor(table.Name, c.Name),
                table.Name,
                organization is not null && organization != c.Name ? [organization, c.Name] : [c.Name]))
            .ToList();
    }

    public static string NameFor(string table, string column) => $"ux_{table}_{column}";
}
