using System.Linq.Expressions;
using System.Reflection;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Expression-tree pieces that EF Core translates to SQL for any entity type: compiled entity classes and
/// shared-type property bags alike, because columns are reached only through <c>EF.Property</c>.
/// </summary>
/// <remarks>
/// NULL semantics, shared with the in-memory <c>ConditionEvaluator</c>: a NULL column value is unknown, so
/// every comparison with it is false: equals, the orderings, in, and also notEquals and notIn. Only an
/// explicit null test (<c>isNull</c>) matches NULL. SQL's three-valued logic already gives this for most
/// operators; notEquals and notIn get an explicit <c>IS NOT NULL</c> so the result does not depend on
/// EF Core's C# null semantics (which would turn <c>x &lt;&gt; 'a'</c> into <c>x &lt;&gt; 'a' OR x IS NULL</c>).
/// </remarks>
internal static class ColumnExpressions
{
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly Expression Functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));

    /// <summary><c>EF.Property&lt;TColumn&gt;(row, "name")</c> with the column's property type.</summary>
    public static Expression Property(ParameterExpression row, ColumnDefinition column) =>
        EntityProperty.Access(row, column.Name, ColumnClrTypes.PropertyType(column));

    /// <summary>The test of <paramref name="op"/> against typed, non-null values; false on a NULL column.</summary>
    public static Expression Compare(Expression column, FilterOperator op, IReadOnlyList<object> values)
    {
        var type = column.Type;
        var test = op switch
        {
            FilterOperator.Equal => Expression.Equal(column, Parameter(values[0], type)),
            FilterOperator.NotEqual => Expression.NotEqual(column, Parameter(values[0], type)),
            FilterOperator.In => Contains(column, values),
            FilterOperator.NotIn => Expression.Not(Contains(column, values)),
            FilterOperator.Like => CaseInsensitiveLike(column, LikePatterns.FromWildcards((string)values[0])),
            _ => Order(column, op, Parameter(values[0], type)),
        };
        return op is FilterOperator.NotEqual or FilterOperator.NotIn && CanBeNull(type)
            ? Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, type)), test)
            : test;
    }

    public static Expression IsNull(Expression column, bool isNull)
    {
        if (!CanBeNull(column.Type))
        {
            return Expression.Constant(!isNull);
        }

        var constant = Expression.Constant(null, column.Type);
        return isNull ? Expression.Equal(column, constant) : Expression.NotEqual(column, constant);
    }

    /// <summary>
    /// LIKE is case-insensitive for ASCII on SQLite but case-sensitive on PostgreSQL. The plain arm keeps
    /// SQLite's behaviour (and exact matches of any script); the lower-cased arm adds case-insensitivity on
    /// PostgreSQL, whose lower() knows every script. SQLite's lower() only folds ASCII, so there a
    /// non-ASCII letter matches its other case only when the stored text is already lower case.
    /// </summary>
    public static Expression CaseInsensitiveLike(Expression column, string pattern) =>
        Expression.OrElse(
            Like(column, Parameter(pattern, typeof(string))),
            Like(Expression.Call(column, ToLowerMethod), Parameter(pattern.ToLowerInvariant(), typeof(string))));

    public static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>Sent as a SQL parameter, never spliced into the SQL text.</summary>
    private static Expression Parameter(object value, Type type) => EntityProperty.Value(value, type);

    private static Expression Like(Expression text, Expression pattern) =>
        Expression.Call(LikeMethod, Functions, text, pattern, Expression.Constant(LikePatterns.EscapeCharacter));

    private static Expression Contains(Expression column, IReadOnlyList<object> values)
    {
        var array = Array.CreateInstance(column.Type, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            array.SetValue(values[i], i);
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [column.Type], Parameter(array, array.GetType()), column);
    }

    private static Expression Order(Expression column, FilterOperator op, Expression value)
    {
        // C# has no < on strings; EF Core translates string.Compare(a, b) < 0 to a < b.
        if (column.Type == typeof(string))
        {
            column = Expression.Call(CompareMethod, column, value);
            value = Expression.Constant(0);
        }

        return op switch
        {
            FilterOperator.GreaterThan => Expression.GreaterThan(column, value),
            FilterOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(column, value),
            FilterOperator.LessThan => Expression.LessThan(column, value),
            FilterOperator.LessThanOrEqual => Expression.LessThanOrEqual(column, value),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an ordering operator."),
        };
    }
}
