using System.Linq.Expressions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Firewall;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>The <see cref="TableStore"/> of a table bound to entity type <typeparamref name="T"/>.</summary>
public sealed class TableStore<T>(ApiDbContext database, TableDefinition table) : TableStore(database, table)
    where T : class
{
    private IQueryable<T> Set => (IQueryable<T>)Database.Tables.Query(Database, Table.Name);

    public override async Task<Dictionary<string, object?>?> FindAsync(object id, FirewallScope scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entity = await ScopedLookup<T>.FindAsync(Database, Key, id, scope);
        return entity is null ? null : UntrackedRow(entity);
    }

    public override async Task<Dictionary<string, object?>?> FindUnscopedAsync(object id, CancellationToken cancellationToken)
    {
        var entity = await Set.AsNoTracking().Where(ById(id)).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : UntrackedRow(entity);
    }

    public override async Task<object?> FindEntityAsync(object id, FirewallScope scope, CancellationToken cancellationToken) =>
        await Set.Where(scope.Predicate<T>()).Where(ById(id)).FirstOrDefaultAsync(cancellationToken);

    public override async Task<List<Dictionary<string, object?>>> QueryAsync(FirewallScope scope, IQueryShape shape, CancellationToken cancellationToken)
    {
        var query = shape.OrderAndPage(shape.Filter(Set.AsNoTracking().Where(scope.Predicate<T>())));
        var entities = await query.ToListAsync(cancellationToken);
        return entities.ConvertAll(e => UntrackedRow(e));
    }

    public override Task<long> CountAsync(FirewallScope scope, IQueryShape shape, CancellationToken cancellationToken) =>
        shape.Filter(Set.Where(scope.Predicate<T>())).LongCountAsync(cancellationToken);

    private Expression<Func<T, bool>> ById(object id)
    {
        var entity = Expression.Parameter(typeof(T), "row");
        var type = ColumnClrTypes.PropertyType(Key);
        return Expression.Lambda<Func<T, bool>>(
            Expression.Equal(EntityProperty.Access(entity, Key.Name, type), EntityProperty.Value(id, type)), entity);
    }
}
