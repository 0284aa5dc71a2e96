using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Roles;

/// <summary>
/// Renames a role everywhere the design names it (the role list, the hierarchy, access rules, views,
/// masking and actions), keeping <c>role+</c> references as <c>newName+</c>, so a rename never leaves
/// rules pointing at a role that no longer exists.
/// </summary>
public static class RoleRename
{
    public static ApiDefinition Apply(ApiDefinition definition, string oldName, string newName)
    {
        if (oldName == newName)
        {
            return definition;
        }

        return definition with
        {
            Roles = definition.Roles.Select(r => r.Name == oldName ? r with { Name = newName } : r).ToList(),
            RoleHierarchy = definition.RoleHierarchy.Select(n => n == oldName ? newName : n).ToList(),
            Tables = definition.Tables.Select(t => RenameIn(t, oldName, newName)).ToList(),
        };
    }

    /// <summary>How many rules name the role (directly or as <c>role+</c>).</summary>
    public static int CountReferences(ApiDefinition definition, string name) =>
        definition.Tables.Sum(table =>
            AccessRules(table).Sum(rule => Count(rule.Roles, name))
            + table.Views.Sum(view => Count(view.Roles, name))
            + table.Masking.Values.Sum(mask => Count(mask.Show.Roles, name))
            + table.Actions.Sum(action => Count(action.Access.Roles, name)));

    private static TableDefinition RenameIn(TableDefinition table, string oldName, string newName) => table with
    {
        Access = table.Access with
        {
            List = RenameIn(table.Access.List, oldName, newName),
            Get = RenameIn(table.Access.Get, oldName, newName),
            Create = RenameIn(table.Access.Create, oldName, newName),
            Update = RenameIn(table.Access.Update, oldName, newName),
            Delete = RenameIn(table.Access.Delete, oldName, newName),
        },
        Views = table.Views.Select(v => v with { Roles = Rename(v.Roles, oldName, newName) }).ToList(),
        Masking = table.Masking.ToDictionary(
            m => m.Key,
            m => m.Value with { Show = m.Value.Show with { Roles = Rename(m.Value.Show.Roles, oldName, newName) } }),
        Actions = table.Actions.Select(a => a with { Access = RenameIn(a.Access, oldName, newName)! }).ToList(),
    };

    private static AccessRule? RenameIn(AccessRule? rule, string oldName, string newName) =>
        rule is null ? null : rule with { Roles = Rename(rule.Roles, oldName, newName) };

    private static IReadOnlyList<string> Rename(IReadOnlyList<string> references, string oldName, string newName) =>
        references.Select(r => RoleReferences.BaseName(r) == oldName ? (RoleReferences.IsAndAbove(r) ? newName + "+" : newName) : r).ToList();

    private static IEnumerable<AccessRule> AccessRules(TableDefinition table) =>
        new[] { table.Access.List, table.Access.Get, table.Access.Create, table.Access.Update, table.Access.Delete }.OfType<AccessRule>();

    private static int Count(IReadOnlyList<string> references, string name) =>
        references.Count(r => RoleReferences.BaseName(r) == name);
}
