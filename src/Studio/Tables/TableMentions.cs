using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables;

/// <summary>Renames or removes a table together with every mention of it in other tables and in rename hints.</summary>
public static class TableMentions
{
    public static ApiDefinition Rename(ApiDefinition definition, string from, string to)
    {
        var tables = definition.Tables.Select(t =>
        {
            var renamed = t.Name == from ? t with { Name = to } : t;
            return renamed.Columns.Any(c => c.References == from)
                ? renamed with { Columns = renamed.Columns.Select(c => c.References == from ? c with { References = to } : c).ToList() }
                : renamed;
        }).ToList();
        return RenameHints.RecordTable(definition with { Tables = tables }, from, to);
    }

    /// <summary>Columns of other tables that reference <paramref name="name"/>, as <c>table.column</c>.</summary>
    public static IReadOnlyList<string> ReferencesTo(ApiDefinition definition, string name) =>
        definition.Tables
            .Where(t => t.Name != name)
            .SelectMany(t => t.Columns.Where(c => c.References == name).Select(c => $"{t.Name}.{c.Name}"))
            .ToList();

    /// <summary>Removes the table; columns that referenced it keep their values but lose the reference.</summary>
    public static ApiDefinition Remove(ApiDefinition definition, string name)
    {
        var tables = definition.Tables
            .Where(t => t.Name != name)
            .Select(t => t.Columns.Any(c => c.References == name)
                ? t with { Columns = t.Columns.Select(c => c.References == name ? c with { References = null } : c).ToList() }
                : t)
            .ToList();
        return RenameHints.ForgetTable(definition with { Tables = tables }, name);
    }
}
