using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class RenameChecks
{
    public static void Run(ValidationContext context)
    {
        var definition = context.Definition;
        var seen = new HashSet<(RenameKind, string?, string)>();
        for (var i = 0; i < definition.Renames.Count; i++)
        {
            var hint = definition.Renames[i];
            var path = $"$.renames[{i}]";
            if (!seen.Add((hint.Kind, hint.Table, hint.From)))
            {
                context.Error(DiagnosticCodes.RenameDuplicate, $"{path}.from", $"'{ValidationContext.Shorten(hint.From)}' is renamed twice.", "Keep one rename hint for it.");
                continue;
            }

            if (hint.Kind == RenameKind.Table)
            {
                CheckNames(context, path, hint, definition.FindTable(hint.To) is not null, definition.FindTable(hint.From) is not null, "table");
                continue;
            }

            var table = hint.Table is null ? null : definition.FindTable(hint.Table);
            if (table is null)
            {
                context.Error(DiagnosticCodes.RenameTableRequired, $"{path}.table",
                    hint.Table is null ? "A column rename needs the table it belongs to." : $"Table '{ValidationContext.Shorten(hint.Table)}' does not exist.",
                    "Set 'table' to the table's current name.");
                continue;
            }

            CheckNames(context, path, hint, table.FindColumn(hint.To) is not null, table.FindColumn(hint.From) is not null, $"column of '{table.Name}'");
        }
    }

    private static void CheckNames(ValidationContext context, string path, RenameHint hint, bool targetExists, bool sourceExists, string what)
    {
        if (!targetExists)
        {
            context.Error(DiagnosticCodes.RenameUnknownTarget, $"{path}.to", $"The rename ends at '{ValidationContext.Shorten(hint.To)}', which is not a {what}.",
                "Name the new name as it appears in this definition.");
        }
        else if (sourceExists)
        {
            context.Error(DiagnosticCodes.RenameSourceStillExists, $"{path}.from",
                $"'{ValidationContext.Shorten(hint.From)}' still exists as a {what}, so it cannot have been renamed.", "Remove the hint or the old name.");
        }
    }
}
