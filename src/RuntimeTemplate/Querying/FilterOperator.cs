namespace ApiStudio.Runtime.Querying;

/// <summary>How a list filter compares a column; written as the parameter's suffix (<c>?age.gt=30</c>), see <see cref="FilterOperators"/>.</summary>
public enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    In,
    NotIn,

    /// <summary>Case-insensitive pattern match on text; <c>*</c> or <c>%</c> stand for any run of characters.</summary>
    Like,
}
