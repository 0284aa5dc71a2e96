using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// A database provider's services (its migration SQL generator, type mappings and identifier quoting), from a
/// context that is never opened, and the runtime's model of a definition's tables on that provider: built by
/// <see cref="PropertyBagTableModel"/> with the provider's conventions, as the runtime builds it, so migrations
/// produce the store types the runtime reads and writes. The model is built outside EF Core's model cache:
/// a migration's model is used once, and a cached one would stay in memory for the life of the process.
/// </summary>
internal sealed class ProviderModel : IDisposable
{
    private readonly DbContext services;

    private ProviderModel(DbContext services, IModel model)
    {
        this.services = services;
        Model = model;
    }

    public IModel Model { get; }

    public static ProviderModel Create(ApiDefinition definition, DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite("Data Source=:memory:"),
            DatabaseProvider.Postgres => options.UseNpgsql("Host=localhost"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

        // A plain DbContext has an empty model, built and cached once per provider.
        var services = new DbContext(options.Options);
        var modelBuilder = new ModelBuilder(services.GetService<IConventionSetBuilder>().CreateConventionSet(), services.GetService<ModelDependencies>());
        new PropertyBagTableModel(definition).Configure(modelBuilder);
        var model = services.GetService<IModelRuntimeInitializer>().Initialize(
            modelBuilder.FinalizeModel(), designTime: true, services.GetService<IDiagnosticsLogger<DbLoggerCategory.Model.Validation>>());
        return new ProviderModel(services, model);
    }

    public T GetService<T>()
        where T : class => services.GetService<T>();

    public void Dispose() => services.Dispose();
}
