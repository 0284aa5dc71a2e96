using System.Runtime.CompilerServices;
using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ApiStudio.Generator.Tests.Migrations;

public sealed class ProviderModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_model_maps_every_table_as_the_runtime_context_does(DatabaseProvider provider)
    {
        var definition = ShopDefinitions.Sample("crm.api.json");
        using var migration = ProviderModel.Create(definition, provider);
        using var runtime = RuntimeContext(definition, provider);

        foreach (var table in definition.Tables)
        {
            Assert.Equal(Shape(runtime.Model, table.Name), Shape(migration.Model, table.Name));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_model_is_not_kept_once_its_script_is_written(DatabaseProvider provider)
    {
        var model = BuildAndDispose(provider);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(model.IsAlive, "the migration model is still referenced, as a model in EF Core's model cache would be");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference BuildAndDispose(DatabaseProvider provider)
    {
        using var target = ProviderModel.Create(ShopDefinitions.V1, provider);
        return new WeakReference(target.Model);
    }

    /// <summary>The table's key name, and each column's store type and nullability, as the relational model sees them.</summary>
    private static string Shape(IModel model, string table)
    {
        var mapped = model.GetRelationalModel().FindTable(table, null)!;
        return mapped.PrimaryKey!.Name + ": " + string.Join(", ", mapped.Columns.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")}"));
    }

    private static ApiDbContext RuntimeContext(ApiDefinition definition, DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder();
        _ = provider == DatabaseProvider.Sqlite ? options.UseSqlite("Data Source=:memory:") : options.UseNpgsql("Host=localhost");
        options.ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>();
        return new ApiDbContext(options.Options, new PropertyBagTableModel(definition));
    }
}
