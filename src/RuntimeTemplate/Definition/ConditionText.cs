namespace ApiStudio.Runtime.Definition;

/// <summary>The one-line rendering of a condition the Studio and the decision trace show.</summary>
public static class ConditionText
{
    private enum Shape
    {
        Single,
        Conjunction,
        Disjunction,
    }

    public static string Render(Condition condition) => Build(condition).Text;

    public static string Render(Comparison comparison) => comparison.Operator switch
    {
        ComparisonOperator.IsNull when comparison.Value is { Kind: OperandKind.Boolean, Text: "false" } => $"{comparison.Field} is not null",
        ComparisonOperator.IsNull => $"{comparison.Field} is null",
        _ => $"{comparison.Field} {ComparisonOperators.SymbolOf(comparison.Operator)} {comparison.Value}",
    };

    private static (string Text, Shape Shape) Build(Condition condition)
    {
        var parts = condition.Comparisons.Select(c => (Render(c), Shape.Single))
            .Concat(condition.And.Select(Build))
            .ToList();
        if (condition.Or.Count > 0)
        {
            var alternatives = condition.Or.Select(Build).ToList();
            parts.Add(alternatives.Count == 1
                ? alternatives[0]
                : (string.Join(" or ", alternatives.Select(a => a.Shape == Shape.Conjunction ? $"({a.Text})" : a.Text)), Shape.Disjunction));
        }

        return parts.Count switch
        {
            0 => ("always", Shape.Single),
            1 => parts[0],
            _ => (string.Join(" and ", parts.Select(p => p.Item2 == Shape.Disjunction ? $"({p.Item1})" : p.Item1)), Shape.Conjunction),
        };
    }
}
