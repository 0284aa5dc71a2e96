using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The renames between two definitions, taken only from the new definition's hints: a name that vanished
/// while another appeared is never assumed to be a rename, because guessing wrong would move data under
/// the wrong name. A hint applies only while it still describes the change (the old name exists only
/// before, the new one only after), so hints left in later versions are harmless.
/// </summary>
internal sealed class RenameMap
{
    private readonly Dictionary<string, string> oldTableByNew = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string Column), string> oldColumnByNew = [];

    private RenameMap()
    {
    }

    public static RenameMap Between(ApiDefinition from, ApiDefinition to)
    {
        var map = new RenameMap();
        foreach (var hint in to.Renames.Where(h => h.Kind == RenameKind.Table))
        {
            var applies = from.FindTable(hint.From) is not null && from.FindTable(hint.To) is null
                && to.FindTable(hint.To) is not null && to.FindTable(hint.From) is null;
            if (applies && !map.oldTableByNew.ContainsKey(hint.To) && !map.oldTableByNew.ContainsValue(hint.From))
            {
                map.oldTableByNew[hint.To] = hint.From;
            }
        }

        foreach (var hint in to.Renames.Where(h => h.Kind == RenameKind.Column && h.Table is not null))
        {
            var table = to.FindTable(hint.Table!);
            var old = from.FindTable(map.OldTableName(hint.Table!));
            var applies = table is not null && old is not null
                && old.FindColumn(hint.From) is not null && old.FindColumn(hint.To) is null
                && table.FindColumn(hint.To) is not null && table.FindColumn(hint.From) is null;
            if (applies && !map.oldColumnByNew.ContainsKey((hint.Table!, hint.To))
                && !map.oldColumnByNew.Any(e => e.Key.Table == hint.Table && e.Value == hint.From))
            {
                map.oldColumnByNew[(hint.Table!, hint.To)] = hint.From;
            }
        }

        return map;
    }

    /// <summary>The name the table had in the old definition.</summary>
    public string OldTableName(string table) => oldTableByNew.GetValueOrDefault(table, table);

    /// <summary>The name the column had in the old definition (the same name unless a hint renamed it).</summary>
    public string OldColumnName(string table, string column) => oldColumnByNew.GetValueOrDefault((table, column), column);

    public bool IsRenamedColumn(string table, string column) => oldColumnByNew.ContainsKey((table, column));
}
