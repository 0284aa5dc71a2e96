using System.Collections.Concurrent;
using System.Reflection;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Firewall;

namespace ApiStudio.Runtime.Data;

/// <summary>
/// Reads and writes one table's rows as column → value dictionaries, whatever entity type the table is
/// bound to. Every read by a caller goes through a <see cref="FirewallScope"/>.
/// </summary>
public abstract class TableStore
{
    // One constructor delegate per entity type, so a request's store costs no reflection.
    private static readonly ConcurrentDictionary<Type, Func<ApiDbContext, TableDefinition, TableStore>> Factories = new();

    protected TableStore(ApiDbContext database, TableDefinition table)
    {
        var metadata = TableMetadata.Of(table);
        Database = database;
        Table = table;
        Columns = metadata.EffectiveColumns;
        Key = metadata.PrimaryKey ?? throw new InvalidOperationException($"Table '{table.Name}' has no primary key.");
    }

    public ApiDbContext Database { get; }

    public TableDefinition Table { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public ColumnDefinition Key { get; }

    public static TableStore For(ApiDbContext database, TableDefinition table) =>
        Factories.GetOrAdd(database.Tables.EntityType(table.Name), FactoryFor)(database, table);

    /// <summary>The id in the key column's type; false when the text cannot be an id of this table.</summary>
    public bool TryParseId(string text, out object? id) => ColumnValues.TryFromText(text, Key.Type, out id, out _) && id is not null;

    /// <summary>The row with this id inside the scope, or null.</summary>
    public abstract Task<Dictionary<string, object?>?> FindAsync(object id, FirewallScope scope, CancellationToken cancellationToken);

    /// <summary>The row with this id whatever its organization, owner or deletion; only to explain a firewall denial.</summary>
    public abstract Task<Dictionary<string, object?>?> FindUnscopedAsync(object id, CancellationToken cancellationToken);

    /// <summary>The tracked entity with this id inside the scope, for an update or delete.</summary>
    public abstract Task<object?> FindEntityAsync(object id, FirewallScope scope, CancellationToken cancellationToken);

    /// <summary>Every row of the scope that <paramref name="shape"/> selects, in its order.</summary>
    public abstract Task<List<Dictionary<string, object?>>> QueryAsync(FirewallScope scope, IQueryShape shape, CancellationToken cancellationToken);

    public abstract Task<long> CountAsync(FirewallScope scope, IQueryShape shape, CancellationToken cancellationToken);

    public object NewEntity(IReadOnlyDictionary<string, object?> values)
    {
        var entity = Database.Tables.CreateEntity(Table.Name);
        foreach (var column in Columns)
        {
            Database.Tables.SetValue(entity, column.Name, values.GetValueOrDefault(column.Name));
        }

        Database.Tables.Add(Database, Table.Name, entity);
        return entity;
    }

    public void SetValues(object entity, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (column, value) in values)
        {
            Database.Tables.SetValue(entity, column, value);
        }
    }

    public Dictionary<string, object?> ToRow(object entity)
    {
        var row = new Dictionary<string, object?>(Columns.Count, StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            row[column.Name] = Database.Tables.GetValue(entity, column.Name);
        }

        return row;
    }

    public void Remove(object entity) => Database.Remove(entity);

    /// <summary>
    /// The row of an entity read without tracking, which nothing else holds: a property bag already is one
    /// (EF Core sets every column in it), so it is used as it is; any other entity is copied by <see cref="ToRow"/>.
    /// </summary>
    protected Dictionary<string, object?> UntrackedRow(object entity) =>
        entity is Dictionary<string, object?> bag && bag.Count == Columns.Count ? bag : ToRow(entity);

    private static Func<ApiDbContext, TableDefinition, TableStore> FactoryFor(Type entityType) =>
        typeof(TableStore).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entityType).CreateDelegate<Func<ApiDbContext, TableDefinition, TableStore>>();

    private static TableStore Create<T>(ApiDbContext database, TableDefinition table) where T : class => new TableStore<T>(database, table);
}
