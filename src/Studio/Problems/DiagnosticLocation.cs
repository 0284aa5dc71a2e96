using System.Globalization;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;

namespace ApiStudio.Studio.Problems;

/// <summary>Maps a diagnostic's JSON path to the section, table and tab that edit the element it names.</summary>
public static partial class DiagnosticLocation
{
    public static EditorTarget Resolve(ApiDefinition definition, Diagnostic diagnostic) =>
        Resolve(definition, diagnostic.Path, diagnostic.Code);

    public static EditorTarget Resolve(ApiDefinition definition, string path, string? code = null)
    {
        if (DiagnosticPaths.IsWithin(path, "$.roles") || DiagnosticPaths.IsWithin(path, "$.roleHierarchy"))
        {
            return new EditorTarget(EditorSection.Roles, FocusPath: path);
        }

        if (DiagnosticPaths.IsWithin(path, "$.renames"))
        {
            return ForRename(definition, path);
        }

        if (path == "$.tables")
        {
            return new EditorTarget(EditorSection.Tables, FocusPath: path);
        }

        var table = TablePath().Match(path);
        if (!table.Success)
        {
            // $.project..., $.version, and "$" for documents that could not be read at all.
            return new EditorTarget(EditorSection.Settings, FocusPath: path);
        }

        var index = int.Parse(table.Groups["index"].Value, CultureInfo.InvariantCulture);
        if (index >= definition.Tables.Count)
        {
            return new EditorTarget(EditorSection.Tables);
        }

        var tableDefinition = definition.Tables[index];
        var member = table.Groups["member"].Success ? table.Groups["member"].Value : null;
        if (code == DiagnosticCodes.SensitiveColumnUnmasked && ColumnName(tableDefinition, path) is { } column)
        {
            // The warning sits on the column, but the fix is a masking rule: open the row that adds one.
            return new EditorTarget(EditorSection.Tables, tableDefinition.Name, TableTab.Masking,
                JsonPath.Property($"{DiagnosticPaths.Table(index)}.masking", column));
        }

        var tab = member switch
        {
            "firewall" or "softDelete" => TableTab.Firewall,
            "access" => TableTab.Access,
            "guards" => TableTab.Guards,
            "masking" => TableTab.Masking,
            "views" => TableTab.Views,
            "actions" => TableTab.Actions,
            _ => TableTab.Columns,
        };
        return new EditorTarget(EditorSection.Tables, tableDefinition.Name, tab, path);
    }

    private static EditorTarget ForRename(ApiDefinition definition, string path)
    {
        var match = RenamePath().Match(path);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (index < definition.Renames.Count)
            {
                var hint = definition.Renames[index];
                var tableName = hint.Kind == RenameKind.Table ? hint.To : hint.Table;
                if (tableName is not null && definition.FindTable(tableName) is not null)
                {
                    return new EditorTarget(EditorSection.Tables, tableName, TableTab.Columns, path);
                }
            }
        }

        return new EditorTarget(EditorSection.Settings, FocusPath: path);
    }

    private static string? ColumnName(TableDefinition table, string path)
    {
        var match = ColumnPath().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var index = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);
        return index < table.Columns.Count ? table.Columns[index].Name : null;
    }

    [GeneratedRegex(@"^\$\.tables\[(?<index>\d+)\](\.(?<member>[A-Za-z]+))?")]
    private static partial Regex TablePath();

    [GeneratedRegex(@"^\$\.tables\[\d+\]\.columns\[(?<column>\d+)\]")]
    private static partial Regex ColumnPath();

    [GeneratedRegex(@"^\$\.renames\[(?<index>\d+)\]")]
    private static partial Regex RenamePath();
}
