using System.Collections.Concurrent;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Runtime.Tests.Querying;

/// <summary>
/// An in-memory SQLite database with one table bound as the simulator binds it (a shared-type property bag),
/// seeded with rows, recording every SQL command it runs. The connection stays open for the database's life.
/// </summary>
public sealed class SqliteTables : IDisposable
{
    // One table model per definition: each model instance is its own entry in EF Core's model cache.
    private static readonly ConcurrentDictionary<TableDefinition, PropertyBagTableModel> Models = new(ReferenceEqualityComparer.Instance);

    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SqliteTables(TableDefinition table, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        Table = table;
        connection.Open();
        var options = new DbContextOptionsBuilder<ApiDbContext>()
            .UseSqlite(connection)
            .ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>()
            .LogTo(Commands.Add, [RelationalEventId.CommandExecuted])
            .Options;
        Context = new ApiDbContext(options, Models.GetOrAdd(table, t => new PropertyBagTableModel(new ApiDefinition { Tables = [t] })));
        Context.Database.EnsureCreated();
        foreach (var row in rows)
        {
            Context.Set<Dictionary<string, object>>(table.Name).Add(row.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
        }

        Context.SaveChanges();
        Context.ChangeTracker.Clear();
        Commands.Clear();
    }

    public static SqliteTables Tickets() => new(TicketTable.Definition, TicketTable.Rows);

    public TableDefinition Table { get; }

    public ApiDbContext Context { get; }

    /// <summary>Log lines of the SQL commands executed since seeding.</summary>
    public List<string> Commands { get; } = [];

    public IQueryable<Dictionary<string, object>> Rows => Context.Set<Dictionary<string, object>>(Table.Name).AsNoTracking();

    public static List<string> Ids(IEnumerable<Dictionary<string, object>> rows) => rows.Select(r => (string)r["id"]).ToList();

    /// <summary>Every row as the evaluator reads it, straight from the database.</summary>
    public List<IReadOnlyDictionary<string, object?>> LoadAll() =>
        Rows.ToList().Select(r => (IReadOnlyDictionary<string, object?>)r.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal)).ToList();

    public void Dispose()
    {
        Context.Dispose();
        connection.Dispose();
    }
}
