using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Actions;

/// <summary>Renames or removes an action together with the protected fields that name it.</summary>
public static class ActionMentions
{
    public static TableDefinition Rename(TableDefinition table, string from, string to) => table with
    {
        Actions = table.Actions.Select(a => a.Name == from ? a with { Name = to } : a).ToList(),
        Guards = table.Guards with
        {
            Protected = table.Guards.Protected.ToDictionary(
                p => p.Key, p => (IReadOnlyList<string>)p.Value.Select(a => a == from ? to : a).ToList()),
        },
    };

    public static TableDefinition Remove(TableDefinition table, string name) => table with
    {
        Actions = table.Actions.Where(a => a.Name != name).ToList(),
        Guards = table.Guards with
        {
            Protected = table.Guards.Protected.ToDictionary(
                p => p.Key, p => (IReadOnlyList<string>)p.Value.Where(a => a != name).ToList()),
        },
    };

    /// <summary>A name not yet used by an action of the table: <c>action1</c>, <c>action2</c>...</summary>
    public static string FreeName(TableDefinition table, string stem) =>
        Enumerable.Range(1, table.Actions.Count + 1).Select(i => $"{stem}{i}").First(n => table.Actions.All(a => a.Name != n));
}
