using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>Builds <c>EF.Property&lt;TColumn&gt;(entity, "column")</c> inside expression trees, for any entity type.</summary>
public static class EntityProperty
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    public static Expression Access(Expression entity, string column, Type clrType) =>
        Expression.Call(PropertyMethod.MakeGenericMethod(clrType), entity, Expression.Constant(column));

    /// <summary>
    /// A value typed as the property. It is read from a field of a holder object, which EF Core turns
    /// into a SQL parameter (a bare constant would be inlined into the SQL and defeat the query cache).
    /// </summary>
    public static Expression Value(object? value, Type clrType)
    {
        var holderType = typeof(ParameterHolder<>).MakeGenericType(clrType);
        var holder = Activator.CreateInstance(holderType, value);
        return Expression.Field(Expression.Constant(holder), holderType.GetField(nameof(ParameterHolder<object>.Value))!);
    }

    private sealed class ParameterHolder<T>(T value)
    {
        public readonly T Value = value;
    }
}
