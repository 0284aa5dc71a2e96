using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Conditions;

/// <summary>An operator as the builder's drop-down lists it: symbol and the name users know from api.json.</summary>
public sealed record OperatorChoice(ComparisonOperator Operator, string Label)
{
    public static IReadOnlyList<OperatorChoice> All { get; } = Enum.GetValues<ComparisonOperator>()
        .Select(op => new OperatorChoice(op, $"{ComparisonOperators.SymbolOf(op)}  {ComparisonOperators.NameOf(op)}"))
        .ToList();
}
