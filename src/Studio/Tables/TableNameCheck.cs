using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Problems;

namespace ApiStudio.Studio.Tables;

/// <summary>
/// Asks the validator about a table name before it is applied, so the name box can show the
/// validator's own message while the user types.
/// </summary>
public static class TableNameCheck
{
    /// <summary>The first error a new table with this name would cause on its name, or null.</summary>
    public static Diagnostic? ForNewTable(ApiDefinition definition, string name)
    {
        var candidate = definition with { Tables = [.. definition.Tables, NewTables.Create(name)] };
        return FirstNameError(candidate, definition.Tables.Count, name);
    }

    /// <summary>The first error renaming table <paramref name="from"/> to <paramref name="to"/> would cause, or null.</summary>
    public static Diagnostic? ForRename(ApiDefinition definition, string from, string to)
    {
        var index = IndexOf(definition, from);
        if (index < 0 || from == to)
        {
            return null;
        }

        var candidate = TableMentions.Rename(definition, from, to);
        return FirstNameError(candidate, index, to);
    }

    public static int IndexOf(ApiDefinition definition, string name)
    {
        for (var i = 0; i < definition.Tables.Count; i++)
        {
            if (definition.Tables[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static Diagnostic? FirstNameError(ApiDefinition candidate, int index, string name)
    {
        var diagnostics = DefinitionValidator.Validate(candidate);
        var own = DiagnosticPaths.Table(index) + ".name";

        // A duplicate is reported on whichever of the two tables comes later, which may be the other one.
        return diagnostics.FirstOrDefault(d => d.IsError && d.Path == own)
            ?? diagnostics.FirstOrDefault(d => d.IsError && d.Code == DiagnosticCodes.TableDuplicate
                && candidate.Tables.Where((t, i) => i != index && d.Path == DiagnosticPaths.Table(i) + ".name")
                    .Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)));
    }
}
