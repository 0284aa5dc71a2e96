using ApiStudio.Runtime.Validation;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Guards;

/// <summary>
/// Ticks and unticks a field in the guard lists, keeping the combinations the runtime forbids out
/// as the user clicks: immutable and updatable exclude each other, and a protected field is
/// neither createable nor updatable. System-managed fields are never listed.
/// </summary>
public static class GuardToggles
{
    public static bool IsListed(GuardDefinition guards, string field, GuardList list) => list switch
    {
        GuardList.Createable => guards.Createable.Contains(field),
        GuardList.Updatable => guards.Updatable.Contains(field),
        GuardList.Immutable => guards.Immutable.Contains(field),
        GuardList.Protected => guards.Protected.ContainsKey(field),
        _ => false,
    };

    public static TableDefinition Set(TableDefinition table, string field, GuardList list, bool on)
    {
        if (SystemColumns.ManagedFields(table).Contains(field))
        {
            return table;
        }

        var guards = table.Guards;
        var createable = guards.Createable.ToList();
        var updatable = guards.Updatable.ToList();
        var immutable = guards.Immutable.ToList();
        var protectedFields = guards.Protected.ToDictionary(p => p.Key, p => p.Value);
        var lists = new Dictionary<GuardList, List<string>>
        {
            [GuardList.Createable] = createable,
            [GuardList.Updatable] = updatable,
            [GuardList.Immutable] = immutable,
        };

        if (!on)
        {
            if (list == GuardList.Protected)
            {
                protectedFields.Remove(field);
            }
            else
            {
                lists[list].RemoveAll(f => f == field);
            }
        }
        else
        {
            switch (list)
            {
                case GuardList.Protected:
                    createable.RemoveAll(f => f == field);
                    updatable.RemoveAll(f => f == field);
                    // Start with the actions that already set the field: they are the ones meant to change it.
                    protectedFields[field] = protectedFields.TryGetValue(field, out var actions)
                        ? actions
                        : table.Actions.Where(a => a.Set.ContainsKey(field)).Select(a => a.Name).ToList();
                    break;
                case GuardList.Immutable:
                    updatable.RemoveAll(f => f == field);
                    protectedFields.Remove(field);
                    AddOnce(immutable, field);
                    break;
                case GuardList.Updatable:
                    immutable.RemoveAll(f => f == field);
                    protectedFields.Remove(field);
                    AddOnce(updatable, field);
                    break;
                default:
                    protectedFields.Remove(field);
                    AddOnce(createable, field);
                    break;
            }
        }

        return table with
        {
            Guards = guards with { Createable = createable, Updatable = updatable, Immutable = immutable, Protected = protectedFields },
        };
    }

    public static TableDefinition SetProtectingActions(TableDefinition table, string field, IReadOnlyList<string> actions)
    {
        if (!table.Guards.Protected.ContainsKey(field))
        {
            return table;
        }

        var protectedFields = table.Guards.Protected.ToDictionary(p => p.Key, p => p.Value);
        protectedFields[field] = actions;
        return table with { Guards = table.Guards with { Protected = protectedFields } };
    }

    /// <summary>The paths of every guard entry that names the field, for its diagnostics and focus.</summary>
    public static IReadOnlyList<string> PathsOf(GuardDefinition guards, string field, string guardsPath)
    {
        var paths = new List<string>();
        void Collect(IReadOnlyList<string> list, string name)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] == field)
                {
                    paths.Add($"{guardsPath}.{name}[{i}]");
                }
            }
        }

        Collect(guards.Createable, "createable");
        Collect(guards.Updatable, "updatable");
        Collect(guards.Immutable, "immutable");
        if (guards.Protected.ContainsKey(field))
        {
            paths.Add(JsonPath.Property($"{guardsPath}.protected", field));
        }

        return paths;
    }

    private static void AddOnce(List<string> list, string field)
    {
        if (!list.Contains(field))
        {
            list.Add(field);
        }
    }
}
