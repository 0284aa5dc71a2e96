namespace ApiStudio.Runtime.Definition;

/// <summary>One test of one field: <c>stage equals 'open'</c>.</summary>
public sealed record Comparison(string Field, ComparisonOperator Operator, Operand Value);
