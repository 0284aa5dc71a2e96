using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Firewall;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ApiStudio.Runtime.Data;

/// <summary>
/// The untracked read of one row by id inside a firewall scope, as an EF Core compiled query made once per
/// table and scope shape. A LINQ query built per request would make EF Core rebuild, hash and compare its
/// expression tree on every read to find the cached SQL; a compiled query skips that. The organization, the
/// owner and the id are the query's parameters, so the SQL is the same as the LINQ query's.
/// </summary>
internal static class ScopedLookup<T>
    where T : class
{
    private static readonly MethodInfo CompileMethod = typeof(EF).GetMethods()
        .Single(m => m.Name == nameof(EF.CompileAsyncQuery) && m.GetGenericArguments().Length == 5
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[0] is { } func
            && func.GetGenericArguments().Length == 5 && func.GetGenericArguments()[4].IsGenericParameter);

    private static readonly MethodInfo WhereMethod = typeof(Queryable).GetMethods()
        .First(m => m.Name == nameof(Queryable.Where) && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(T));

    private static readonly MethodInfo FirstOrDefaultMethod = typeof(Queryable).GetMethods()
        .First(m => m.Name == nameof(Queryable.FirstOrDefault) && m.GetParameters().Length == 1)
        .MakeGenericMethod(typeof(T));

    private static readonly MethodInfo AsNoTrackingMethod = typeof(EntityFrameworkQueryableExtensions)
        .GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!.MakeGenericMethod(typeof(T));

    // Keyed by the immutable definition instance and the EF Core model (simulator sandboxes of different
    // schemas share the definitions of unchanged tables), weakly, so an edited definition or a discarded
    // sandbox takes its queries with it.
    private static readonly ConditionalWeakTable<TableDefinition, ConditionalWeakTable<IModel, ConcurrentDictionary<Shape, Func<DbContext, object?, object?, object, Task<T?>>>>> Queries = new();

    public static Task<T?> FindAsync(DbContext context, ColumnDefinition key, object id, FirewallScope scope)
    {
        var table = scope.Table;
        object? ownerValue = null;
        var ownerKnown = scope.OwnerScoped && scope.OwnerId is not null
            && ColumnValues.TryFromText(scope.OwnerId, table.FindColumn(scope.Firewall.OwnerColumn!)!.Type, out ownerValue, out _);
        var shape = new Shape(scope.Firewall, scope.OwnerScoped, ownerKnown);
        var query = Queries.GetValue(table, _ => new()).GetValue(context.Model, _ => new()).GetOrAdd(shape, s => Compile(context, table, key, s));
        return query(context, scope.OrganizationId, ownerValue, id);
    }

    private static Func<DbContext, object?, object?, object, Task<T?>> Compile(DbContext context, TableDefinition table, ColumnDefinition key, Shape shape)
    {
        var firewall = shape.Firewall;
        var orgColumn = firewall.OrganizationColumn is { } orgName ? table.FindColumn(orgName)! : null;
        var ownerColumn = shape.OwnerScoped ? table.FindColumn(firewall.OwnerColumn!)! : null;
        var orgType = orgColumn is null ? typeof(object) : ColumnClrTypes.PropertyType(orgColumn);
        var ownerType = ownerColumn is null ? typeof(object) : ColumnClrTypes.PropertyType(ownerColumn);
        var idType = ColumnClrTypes.PropertyType(key);

        var database = Expression.Parameter(typeof(DbContext), "database");
        var org = Expression.Parameter(orgType, "organizationId");
        var owner = Expression.Parameter(ownerType, "ownerId");
        var id = Expression.Parameter(idType, "id");
        var row = Expression.Parameter(typeof(T), "row");

        // The id match and the firewall's rule of FirewallScope.Predicate, with parameters in place of values.
        var body = FirewallScope.Condition(table, firewall, row, Expression.Equal(EntityProperty.Access(row, key.Name, idType), id),
            orgColumn is null ? null : org, shape.OwnerScoped, shape.OwnerKnown ? owner : null);

        // A property bag table is a shared-type entity reached by its name; an entity class by its type.
        var set = context.Model.FindEntityType(typeof(T)) is null
            ? Expression.Call(database, nameof(DbContext.Set), [typeof(T)], Expression.Constant(table.Name))
            : Expression.Call(database, nameof(DbContext.Set), [typeof(T)]);
        var query = Expression.Call(FirstOrDefaultMethod,
            Expression.Call(WhereMethod, Expression.Call(AsNoTrackingMethod, set), Expression.Quote(Expression.Lambda<Func<T, bool>>(body, row))));
        var lambda = Expression.Lambda(
            typeof(Func<,,,,>).MakeGenericType(typeof(DbContext), orgType, ownerType, idType, typeof(T)), query, database, org, owner, id);
        var compiled = (Delegate)CompileMethod.MakeGenericMethod(typeof(DbContext), orgType, ownerType, idType, typeof(T)).Invoke(null, [lambda])!;

        // Called with the values as objects: converted to the parameters' types, null as the type's default.
        var contextArgument = Expression.Parameter(typeof(DbContext), "database");
        var orgArgument = Expression.Parameter(typeof(object), "organizationId");
        var ownerArgument = Expression.Parameter(typeof(object), "ownerId");
        var idArgument = Expression.Parameter(typeof(object), "id");
        var call = Expression.Invoke(Expression.Constant(compiled), contextArgument, Typed(orgArgument, orgType), Typed(ownerArgument, ownerType), Typed(idArgument, idType));
        return Expression.Lambda<Func<DbContext, object?, object?, object, Task<T?>>>(call, contextArgument, orgArgument, ownerArgument, idArgument).Compile();
    }

    private static Expression Typed(ParameterExpression value, Type type) =>
        type == typeof(object)
            ? value
            : Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Default(type), Expression.Convert(value, type));

    /// <summary>What decides the query's form: the firewall, whether rows are the caller's own, whether the caller's id is an owner value.</summary>
    private readonly record struct Shape(ResolvedFirewall Firewall, bool OwnerScoped, bool OwnerKnown);
}
