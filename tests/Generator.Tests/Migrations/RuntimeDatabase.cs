using System.Data.Common;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>The runtime's own EF Core binding of a definition: the oracle migrations are checked against.</summary>
internal static class RuntimeDatabase
{
    public static ApiDbContext Context(ApiDefinition definition, DatabaseProvider provider, DbConnection? connection = null)
    {
        var options = new DbContextOptionsBuilder();
        _ = (provider, connection) switch
        {
            (DatabaseProvider.Sqlite, null) => options.UseSqlite("Data Source=:memory:"),
            (DatabaseProvider.Sqlite, _) => options.UseSqlite(connection),
            (_, null) => options.UseNpgsql("Host=localhost"),
            _ => options.UseNpgsql(connection),
        };
        options.ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>();
        return new ApiDbContext(options.Options, new PropertyBagTableModel(definition));
    }

    /// <summary>The DDL the runtime would run itself (<c>EnsureCreated</c>) for a fresh database.</summary>
    public static string CreateScript(ApiDefinition definition, DatabaseProvider provider)
    {
        using var context = Context(definition, provider);
        return context.Database.GenerateCreateScript();
    }

    /// <summary>Adds rows through the runtime's entity binding, as the API would.</summary>
    public static void Insert(ApiDefinition definition, DatabaseProvider provider, DbConnection connection, string table,
        params Dictionary<string, object?>[] rows)
    {
        using var context = Context(definition, provider, connection);
        foreach (var row in rows)
        {
            var entity = context.Tables.CreateEntity(table);
            foreach (var (column, value) in row)
            {
                context.Tables.SetValue(entity, column, value);
            }

            context.Tables.Add(context, table, entity);
        }

        context.SaveChanges();
    }

    /// <summary>Reads every row through the runtime's entity binding: fails when a column does not fit the model.</summary>
    public static List<Dictionary<string, object>> ReadAll(ApiDefinition definition, DatabaseProvider provider, DbConnection connection, string table)
    {
        using var context = Context(definition, provider, connection);
        return context.Set<Dictionary<string, object>>(table).AsNoTracking().ToList();
    }
}
