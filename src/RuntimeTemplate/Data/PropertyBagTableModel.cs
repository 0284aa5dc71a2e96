using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>Binds every table to a shared-type <c>Dictionary&lt;string, object&gt;</c> entity built from the definition.</summary>
public sealed class PropertyBagTableModel(ApiDefinition definition) : ITableModel
{
    public object CacheKey { get; } = new();

    public ApiDefinition Definition { get; } = definition;

    public void Configure(ModelBuilder modelBuilder)
    {
        foreach (var table in Definition.Tables)
        {
            var firewall = ResolvedFirewall.Resolve(table);
            modelBuilder.SharedTypeEntity<Dictionary<string, object>>(table.Name, entity =>
            {
                entity.ToTable(table.Name);
                foreach (var column in SystemColumns.EffectiveColumns(table))
                {
                    var property = entity.IndexerProperty(ColumnClrTypes.PropertyType(column), column.Name);
                    property.IsRequired(!column.Nullable || column.PrimaryKey);
                    if (column.MaxLength is { } maxLength)
                    {
                        property.HasMaxLength(maxLength);
                    }

                    if (column.PrimaryKey)
                    {
                        property.ValueGeneratedNever();
                    }
                }

                entity.HasKey(table.PrimaryKey!.Name);
                foreach (var column in table.Columns.Where(c => c.Unique && !c.PrimaryKey))
                {
                    // Unique within an organization, so one tenant's values never collide with (or reveal) another's.
                    string[] columns = firewall.OrganizationColumn is { } org && org != column.Name ? [org, column.Name] : [column.Name];
                    entity.HasIndex(columns).IsUnique().HasDatabaseName($"ux_{table.Name}_{column.Name}");
                }
            });
        }
    }

    public Type EntityType(string table) => typeof(Dictionary<string, object>);

    public IQueryable Query(DbContext context, string table) => context.Set<Dictionary<string, object>>(table);

    public object CreateEntity(string table) => new Dictionary<string, object>(StringComparer.Ordinal);

    public object? GetValue(object entity, string column) =>
        ((Dictionary<string, object>)entity).TryGetValue(column, out var value) ? value : null;

    public void SetValue(object entity, string column, object? value) => ((Dictionary<string, object>)entity)[column] = value!;

    public void Add(DbContext context, string table, object entity) =>
        context.Set<Dictionary<string, object>>(table).Add((Dictionary<string, object>)entity);
}
