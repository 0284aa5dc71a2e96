using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables;

/// <summary>
/// Records renames done in the Studio as api.json rename hints, so a migration keeps the data
/// instead of dropping one table or column and adding another. Renaming twice keeps one hint
/// from the first name to the last; renaming back removes it.
/// </summary>
public static class RenameHints
{
    public static ApiDefinition RecordTable(ApiDefinition definition, string from, string to)
    {
        var hints = definition.Renames
            .Select(h => h.Kind == RenameKind.Column && h.Table == from ? h with { Table = to } : h)
            .ToList();
        return definition with { Renames = Chain(hints, h => h.Kind == RenameKind.Table, from, to, () => new RenameHint { Kind = RenameKind.Table, From = from, To = to }) };
    }

    public static ApiDefinition RecordColumn(ApiDefinition definition, string table, string from, string to) =>
        definition with
        {
            Renames = Chain(definition.Renames.ToList(), h => h.Kind == RenameKind.Column && h.Table == table, from, to,
                () => new RenameHint { Kind = RenameKind.Column, Table = table, From = from, To = to }),
        };

    /// <summary>Drops the hints that name a table or column that no longer exists.</summary>
    public static ApiDefinition ForgetTable(ApiDefinition definition, string table) =>
        definition with
        {
            Renames = definition.Renames
                .Where(h => !(h.Kind == RenameKind.Table && h.To == table) && !(h.Kind == RenameKind.Column && h.Table == table))
                .ToList(),
        };

    public static ApiDefinition ForgetColumn(ApiDefinition definition, string table, string column) =>
        definition with
        {
            Renames = definition.Renames.Where(h => !(h.Kind == RenameKind.Column && h.Table == table && h.To == column)).ToList(),
        };

    private static List<RenameHint> Chain(List<RenameHint> hints, Func<RenameHint, bool> sameScope, string from, string to, Func<RenameHint> create)
    {
        var earlier = hints.FindIndex(h => sameScope(h) && h.To == from);
        if (earlier < 0)
        {
            hints.Add(create());
        }
        else if (hints[earlier].From == to)
        {
            hints.RemoveAt(earlier);
        }
        else
        {
            hints[earlier] = hints[earlier] with { To = to };
        }

        return hints;
    }
}
