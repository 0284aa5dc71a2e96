using System.Globalization;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Masking;

/// <summary>
/// The masking layer: which columns of a row the caller sees masked, and the row as the caller sees it.
/// A column is shown unmasked when the caller holds a role its rule's <c>show.roles</c> admits (with
/// <c>admin+</c> expanded through the hierarchy, <c>PUBLIC</c> admitting everyone), or when <c>show.owner</c>
/// is on and the row's owner column holds the caller's user id. Kind none never masks. Columns without a
/// rule are not masked: the definition validator warns about sensitive-looking ones instead.
/// </summary>
public static class RecordMasking
{
    public const string Layer = "masking";

    /// <summary>Columns with a masking rule other than none: their values are redacted from error echoes.</summary>
    public static IReadOnlySet<string> MaskedFields(TableDefinition table) =>
        EffectiveMasking.MaskedColumns(table);

    /// <summary>Whether any column of the table is masked for some caller; when none is, rows are shown as they are.</summary>
    public static bool HasMaskedColumns(TableDefinition table) => TableMetadata.Of(table).MaskedColumns.Count > 0;

    /// <summary>
    /// The decision for every masked column present in the row, in the table's column order (a row read from
    /// the database may hold its columns in another order), then any other masked key of the row.
    /// </summary>
    public static IReadOnlyList<MaskDecision> Decide(ApiDefinition definition, TableDefinition table, CallerIdentity caller,
        IDictionary<string, object?> row)
    {
        var metadata = TableMetadata.Of(table);
        if (metadata.MaskedColumns.Count == 0)
        {
            return [];
        }

        var owner = metadata.Firewall.OwnerColumn;
        var rules = metadata.Masking;
        var decisions = new List<MaskDecision>();
        foreach (var column in metadata.EffectiveColumns)
        {
            if (metadata.MaskedColumns.Contains(column.Name) && row.ContainsKey(column.Name))
            {
                decisions.Add(Decide(definition, column.Name, rules[column.Name], owner, caller, row));
            }
        }

        foreach (var column in row.Keys)
        {
            if (metadata.EffectiveColumn(column) is null && metadata.MaskedColumns.Contains(column))
            {
                decisions.Add(Decide(definition, column, rules[column], owner, caller, row));
            }
        }

        return decisions;
    }

    /// <summary>
    /// The row as the caller may see it: a copy in the same column order, masked columns replaced by their
    /// masked text. Pass <paramref name="trace"/> for a single record or the first row of a list; a step per
    /// masked column per row would bury the other layers' steps.
    /// </summary>
    public static Dictionary<string, object?> Apply(ApiDefinition definition, TableDefinition table, CallerIdentity caller,
        IDictionary<string, object?> row, DecisionTrace? trace = null)
    {
        var result = new Dictionary<string, object?>(row, StringComparer.Ordinal);
        var rules = TableMetadata.Of(table).Masking;
        foreach (var decision in Decide(definition, table, caller, row))
        {
            if (!decision.Masked)
            {
                trace?.Passed(Layer, $"masking.{decision.Column}.show", $"masking: '{decision.Column}' shown unmasked because {decision.Reason}");
                continue;
            }

            var masked = ValueMask.Apply(rules[decision.Column], row[decision.Column]);
            result[decision.Column] = masked;
            trace?.Passed(Layer, $"masking.{decision.Column}",
                $"masking: '{decision.Column}' shown as {masked ?? "null"} ({Json(decision.Kind)}) because {decision.Reason}");
        }

        return result;
    }

    private static MaskDecision Decide(ApiDefinition definition, string column, MaskingRule rule, string? ownerColumn,
        CallerIdentity caller, IDictionary<string, object?> row)
    {
        var admitted = RoleReferences.ExpandRuleRoles(definition, rule.Show.Roles);
        if (RoleLists.FirstAdmitted(admitted, caller.Roles) is { } role)
        {
            var why = role == RoleDefinition.Public ? "PUBLIC may see it" : $"role '{role}' is in [{string.Join(", ", rule.Show.Roles)}]";
            return new MaskDecision(column, rule.Kind, false, why);
        }

        if (rule.Show.Owner && ownerColumn is not null && row.TryGetValue(ownerColumn, out var owner) && IsCaller(owner, caller.UserId))
        {
            return new MaskDecision(column, rule.Kind, false, $"the caller owns the record ({ownerColumn})");
        }

        var reasons = new List<string>();
        if (rule.Show.Roles.Count > 0)
        {
            reasons.Add(RoleLists.NotIn(caller.Roles, rule.Show.Roles));
        }

        if (rule.Show.Owner)
        {
            reasons.Add(ownerColumn is null ? "the table has no owner column to show it to" : $"the caller does not own the record ({ownerColumn})");
        }

        return new MaskDecision(column, rule.Kind, true, reasons.Count == 0 ? "no role and not the owner may see it" : string.Join(" and ", reasons));
    }

    /// <summary>Owner columns hold text or a uuid; a uuid matches the caller's id in any letter case.</summary>
    private static bool IsCaller(object? owner, string? userId) => userId is not null && owner switch
    {
        null => false,
        string text => string.Equals(text, userId, StringComparison.Ordinal),
        Guid id => Guid.TryParse(userId, out var callerId) && id == callerId,
        _ => string.Equals(Convert.ToString(owner, CultureInfo.InvariantCulture), userId, StringComparison.Ordinal),
    };

    private static string Json(MaskKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
