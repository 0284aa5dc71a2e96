using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>Builds <c>EF.Property&lt;TColumn&gt;(entity, "column")</c> inside expression trees, for any entity type.</summary>
public static class EntityProperty
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    // Per column type, made once: queries are built on every request, reflection would be paid each time.
    private static readonly ConcurrentDictionary<Type, MethodInfo> PropertyMethods = new();
    private static readonly ConcurrentDictionary<Type, ValueHolder> Holders = new();

    public static Expression Access(Expression entity, string column, Type clrType) =>
        Expression.Call(PropertyMethods.GetOrAdd(clrType, t => PropertyMethod.MakeGenericMethod(t)), entity, Expression.Constant(column));

    /// <summary>
    /// A value typed as the property. It is read from a field of a holder object, which EF Core turns
    /// into a SQL parameter (a bare constant would be inlined into the SQL and defeat the query cache).
    /// </summary>
    public static Expression Value(object? value, Type clrType)
    {
        var holder = Holders.GetOrAdd(clrType, ValueHolder.For);
        return Expression.Field(Expression.Constant(holder.Create(value)), holder.Field);
    }

    private sealed class ParameterHolder<T>(T value)
    {
        public readonly T Value = value;
    }

    /// <summary>How to make a <see cref="ParameterHolder{T}"/> of one type: its constructor as a delegate and its field.</summary>
    private sealed record ValueHolder(Func<object?, object> Create, FieldInfo Field)
    {
        public static ValueHolder For(Type clrType)
        {
            var holderType = typeof(ParameterHolder<>).MakeGenericType(clrType);
            var value = Expression.Parameter(typeof(object), "value");
            // As reflection would: null stands for the type's default value.
            var typed = Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Default(clrType), Expression.Convert(value, clrType));
            var create = Expression.Lambda<Func<object?, object>>(Expression.New(holderType.GetConstructor([clrType])!, typed), value).Compile();
            return new ValueHolder(create, holderType.GetField(nameof(ParameterHolder<object>.Value))!);
        }
    }
}
