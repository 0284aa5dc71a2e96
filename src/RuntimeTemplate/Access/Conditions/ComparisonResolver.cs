using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>
/// Finds a comparison's column and types its operand. Mistakes the definition validator reports (unknown
/// field, a literal that does not fit, an operator the column type cannot take) throw: the runtime refuses
/// to start on an invalid definition, so meeting one here is a bug, not a request error. What depends on
/// the caller (a missing or unparseable <c>$ctx</c> value) makes the comparison match nothing instead.
/// </summary>
internal static class ComparisonResolver
{
    private const string UserId = "$ctx.userId";
    private const string ActiveOrgId = "$ctx.activeOrgId";

    public static ResolvedComparison Resolve(Comparison comparison, IReadOnlyList<ColumnDefinition> columns, string tableName,
        CallerIdentity caller)
    {
        var column = columns.FirstOrDefault(c => c.Name == comparison.Field)
            ?? throw Invalid(comparison, $"'{comparison.Field}' is not a column of '{tableName}'");
        var op = comparison.Operator;
        var operand = comparison.Value;
        if (op == ComparisonOperator.IsNull)
        {
            return operand is { Kind: OperandKind.Boolean, Text: var flag }
                ? new ResolvedComparison(comparison, column) { Values = [flag == "true"] }
                : throw Invalid(comparison, "isNull takes true or false");
        }

        if (column.Type == ColumnType.Json || (ComparisonOperators.IsOrdering(op) && column.Type == ColumnType.Boolean))
        {
            throw Invalid(comparison, $"{ComparisonOperators.NameOf(op)} cannot test a {column.Type.ToString().ToLowerInvariant()} column");
        }

        var isList = operand.Kind == OperandKind.List;
        if (ComparisonOperators.TakesList(op) != isList || (isList && operand.Items.Count == 0))
        {
            throw Invalid(comparison, ComparisonOperators.TakesList(op) ? "the operator takes a non-empty list" : "the operator takes a single value");
        }

        var values = new List<object>();
        var notes = new List<string>();
        foreach (var item in isList ? operand.Items : [operand])
        {
            if (item.Kind != OperandKind.Reference)
            {
                values.Add(ColumnValues.TryFromOperand(item, column.Type, out var literal, out var error) && literal is not null
                    ? literal
                    : throw Invalid(comparison, error ?? "null can only be tested with isNull"));
                continue;
            }

            var (name, text) = item.Text switch
            {
                UserId => ("userId", caller.UserId),
                ActiveOrgId => ("activeOrgId", caller.ActiveOrgId),
                _ => throw Invalid(comparison, $"'{item.Text}' is not known in a record condition"),
            };
            if (text is null)
            {
                return new ResolvedComparison(comparison, column) { Unresolvable = $"the caller has no {name}" };
            }

            // An id that cannot be a value of the column (a non-uuid userId against a uuid column) is treated
            // like a missing one: denying is the safe answer, even for notEquals.
            if (!ColumnValues.TryFromText(text, column.Type, out var typed, out _) || typed is null)
            {
                return new ResolvedComparison(comparison, column)
                {
                    Unresolvable = $"the caller's {name} '{text}' is not {ColumnValues.Describe(column.Type)}",
                };
            }

            values.Add(typed);
            notes.Add($"the caller's {name} is '{text}'");
        }

        return new ResolvedComparison(comparison, column)
        {
            Values = values,
            ContextNote = notes.Count == 0 ? null : string.Join(", ", notes.Distinct()),
        };
    }

    private static InvalidOperationException Invalid(Comparison comparison, string problem) =>
        new($"Invalid record condition '{ConditionText.Render(comparison)}': {problem}. Run the definition validator.");
}
