namespace ApiStudio.Runtime.Definition;

/// <summary>Operators of a record condition; their JSON names are in <see cref="ComparisonOperators"/>.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    In,
    NotIn,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    IsNull,
}
