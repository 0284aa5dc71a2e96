using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static class MaskingChecks
{
    public static void Run(ValidationContext context, TableDefinition table, string tablePath)
    {
        var path = $"{tablePath}.masking";
        var firewall = ResolvedFirewall.Resolve(table);
        foreach (var (field, rule) in table.Masking)
        {
            var fieldPath = JsonPath.Property(path, field);
            var column = table.FindColumn(field);
            if (column is null)
            {
                context.Error(DiagnosticCodes.MaskingUnknownColumn, fieldPath, $"Masking names '{ValidationContext.Shorten(field)}', which is not a column of '{table.Name}'.",
                    $"Columns: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
                continue;
            }

            if (rule.Kind == MaskKind.None)
            {
                continue;
            }

            if (column.PrimaryKey)
            {
                context.Error(DiagnosticCodes.MaskingPrimaryKey, fieldPath, "The primary key cannot be masked: clients need it to address records.",
                    "Remove this masking rule.");
            }

            if (rule.Kind != MaskKind.Redact && column.Type != ColumnType.Text)
            {
                context.Error(DiagnosticCodes.MaskingColumnType, $"{fieldPath}.kind",
                    $"Masking kind {JsonNaming(rule.Kind)} needs a text column; '{field}' is {TableChecks.Name(column.Type)}.",
                    "Use the redact kind for non-text columns.");
            }

            if (rule.Kind == MaskKind.Custom)
            {
                CheckPattern(context, rule, fieldPath);
            }

            context.CheckRoleReferences(rule.Show.Roles, $"{fieldPath}.show.roles");
            if (rule.Show.Owner && firewall.OwnerColumn is null)
            {
                context.Error(DiagnosticCodes.MaskingOwnerWithoutColumn, $"{fieldPath}.show.owner",
                    $"The owner is to see '{field}', but '{table.Name}' has no owner column.",
                    "Add an 'ownerId' column or set firewall.owner.column.");
            }
        }

        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (!table.Masking.ContainsKey(column.Name) && !column.PrimaryKey && SensitiveNames.SuggestedMask(column.Name) is { } suggested)
            {
                context.Warning(DiagnosticCodes.SensitiveColumnUnmasked, $"{tablePath}.columns[{i}].name",
                    $"'{table.Name}.{column.Name}' looks sensitive and has no masking rule, so it is masked ({JsonNaming(suggested)}) for every caller.",
                    $"Add masking {{ \"{column.Name}\": {{ \"kind\": \"{JsonNaming(suggested)}\", \"show\": {{ \"roles\": [...] }} }} }} to say who sees it, or kind \"none\" to show it to everyone.");
            }
        }
    }

    private static void CheckPattern(ValidationContext context, MaskingRule rule, string path)
    {
        if (string.IsNullOrEmpty(rule.Pattern) || rule.Replacement is null)
        {
            context.Error(DiagnosticCodes.MaskingPatternInvalid, $"{path}.pattern", "A custom mask needs a pattern and a replacement.",
                "For example \"pattern\": \"^(.{2}).*$\", \"replacement\": \"$1***\".");
            return;
        }

        try
        {
            _ = new Regex(rule.Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
        }
        catch (ArgumentException exception)
        {
            context.Error(DiagnosticCodes.MaskingPatternInvalid, $"{path}.pattern", $"The pattern is not a valid regular expression: {exception.Message}");
        }
    }

    private static string JsonNaming(MaskKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
