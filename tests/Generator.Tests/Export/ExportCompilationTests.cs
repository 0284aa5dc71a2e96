using System.Reflection;
using System.Runtime.Loader;
using ApiStudio.Generator.Tests.Migrations;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>Each sample's export compiled in memory, and its generated table model held against the simulator's property bags.</summary>
public sealed class ExportCompilationTests
{
    public static TheoryData<string> Samples() => ExportSamples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_export_compiles_without_errors_or_warnings(string sample)
    {
        var (assembly, diagnostics) = ExportCompilation.Sample(sample);

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
        Assert.NotNull(assembly);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_generated_table_model_maps_exactly_what_the_property_bag_model_maps(string sample)
    {
        var definition = ExportSamples.Definition(sample);
        using var export = LoadedExport.Load(sample);
        using var exported = export.Context(options => options.UseSqlite("Data Source=:memory:"));
        using var simulated = RuntimeDatabase.Context(definition, DatabaseProvider.Sqlite);

        var expected = Describe(simulated.Model);
        Assert.Contains(expected, line => line.StartsWith("auth_users.", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith(definition.Tables[0].Name + ".", StringComparison.Ordinal));
        Assert.Equal(expected, Describe(exported.Model));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Rows_written_and_read_through_the_generated_model_keep_every_value(string sample)
    {
        var definition = ExportSamples.Definition(sample);
        using var export = LoadedExport.Load(sample);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var context = export.Context(options => options.UseSqlite(connection)))
        {
            context.Database.EnsureCreated();
            foreach (var table in definition.Tables)
            {
                var entity = export.Tables.CreateEntity(table.Name);
                foreach (var column in SystemColumns.EffectiveColumns(table))
                {
                    export.Tables.SetValue(entity, column.Name, SampleValue(column));
                }

                export.Tables.Add(context, table.Name, entity);
            }

            context.SaveChanges();
        }

        using (var context = export.Context(options => options.UseSqlite(connection)))
        {
            foreach (var table in definition.Tables)
            {
                var row = Assert.Single(export.Tables.Query(context, table.Name).Cast<object>().ToList());
                foreach (var column in SystemColumns.EffectiveColumns(table))
                {
                    Assert.Equal(SampleValue(column), export.Tables.GetValue(row, column.Name));
                }
            }
        }
    }

    private static object? SampleValue(ColumnDefinition column) => column switch
    {
        { Nullable: true, PrimaryKey: false } when column.Name.Length % 2 == 0 => null,
        { Type: ColumnType.Integer } => 42L,
        { Type: ColumnType.Real } => 2.5,
        { Type: ColumnType.Boolean } => true,
        { Type: ColumnType.Timestamp } => new DateTime(2025, 1, 31, 9, 30, 0, DateTimeKind.Unspecified),
        { Type: ColumnType.Uuid } => new Guid("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        { Enum.Count: > 0 } => column.Enum[0],
        _ => "x",
    };

    /// <summary>Tables, columns with their store types, nullability, lengths and value generation, keys, indexes and foreign keys.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var identifier = StoreObjectIdentifier.Table(table!, entity.GetSchema());
            lines.AddRange(entity.GetProperties().Select(p =>
                $"{table}.{p.GetColumnName(identifier)} {p.GetColumnType()} {Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType} nullable={p.IsColumnNullable()} max={p.GetMaxLength()} generated={p.ValueGenerated}"));
            lines.AddRange(entity.GetKeys().Select(k => $"{table} key {k.GetName()} ({string.Join(", ", k.Properties.Select(p => p.GetColumnName(identifier)))}) primary={k.IsPrimaryKey()}"));
            lines.AddRange(entity.GetIndexes().Select(i => $"{table} index {i.GetDatabaseName()} ({string.Join(", ", i.Properties.Select(p => p.GetColumnName(identifier)))}) unique={i.IsUnique}"));
            lines.AddRange(entity.GetForeignKeys().Select(f => $"{table} foreign key {f.GetConstraintName()}"));
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An export's assembly in a collectible load context. Its types (the runtime's included) are its own, so
    /// they are reached by name; EF Core and the other packages come from the test's own context.
    /// </summary>
    private sealed class LoadedExport : IDisposable
    {
        private readonly AssemblyLoadContext context;
        private readonly Assembly assembly;

        private LoadedExport(AssemblyLoadContext context, Assembly assembly, string rootNamespace)
        {
            this.context = context;
            this.assembly = assembly;
            Tables = new TableModelProxy(Activator.CreateInstance(assembly.GetType($"{rootNamespace}.Entities.GeneratedTableModel", throwOnError: true)!)!);
        }

        public TableModelProxy Tables { get; }

        public static LoadedExport Load(string sample)
        {
            var (bytes, diagnostics) = ExportCompilation.Sample(sample);
            Assert.True(bytes is not null, string.Join("\n", diagnostics.Take(20)));
            var context = new AssemblyLoadContext($"export-{sample}-{Guid.NewGuid():N}", isCollectible: true);
            return new LoadedExport(context, context.LoadFromStream(new MemoryStream(bytes)), ExportSamples.Export(sample).Name);
        }

        /// <summary>The export's own ApiDbContext over its generated table model.</summary>
        public DbContext Context(Action<DbContextOptionsBuilder> configure)
        {
            var options = new DbContextOptionsBuilder();
            configure(options);
            var type = assembly.GetType("ApiStudio.Runtime.Data.ApiDbContext", throwOnError: true)!;
            return (DbContext)Activator.CreateInstance(type, options.Options, Tables.Instance)!;
        }

        public void Dispose() => context.Unload();
    }

    /// <summary>Calls the export's ITableModel, whose interface type belongs to the export's assembly, by reflection.</summary>
    private sealed class TableModelProxy(object instance)
    {
        public object Instance { get; } = instance;

        public object CreateEntity(string table) => Call(nameof(ITableModel.CreateEntity), table)!;

        public object? GetValue(object entity, string column) => Call(nameof(ITableModel.GetValue), entity, column);

        public void SetValue(object entity, string column, object? value) => Call(nameof(ITableModel.SetValue), entity, column, value);

        public void Add(DbContext context, string table, object entity) => Call(nameof(ITableModel.Add), context, table, entity);

        public IQueryable Query(DbContext context, string table) => (IQueryable)Call(nameof(ITableModel.Query), context, table)!;

        private object? Call(string method, params object?[] arguments)
        {
            try
            {
                return Instance.GetType().GetMethod(method)!.Invoke(Instance, arguments);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
    }
}
