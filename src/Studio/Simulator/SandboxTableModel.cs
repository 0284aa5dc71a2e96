using System.Text.Json;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// The runtime's <see cref="PropertyBagTableModel"/>, keyed in EF Core's model cache by the schema it
/// declares instead of by instance. A rebuild after an edit that leaves the tables' storage alone (a rule,
/// a description) reuses the model and the queries EF Core compiled for it; any change to what the model
/// is built from gives a new key, so a changed schema never meets a stale model.
/// </summary>
public sealed class SandboxTableModel(ApiDefinition definition) : ITableModel
{
    private readonly PropertyBagTableModel tables = new(definition);

    public object CacheKey { get; } = SchemaKey(definition);

    /// <summary>
    /// The tables as JSON with only the parts <see cref="PropertyBagTableModel.Configure"/> never reads
    /// left out (descriptions and per-request rules). Everything else stays in, so a field added to the
    /// definition later changes the key rather than being missed by it.
    /// </summary>
    public static string SchemaKey(ApiDefinition definition) => JsonSerializer.Serialize(
        definition.Tables.Select(table => table with
        {
            Description = null,
            Columns = table.Columns.Select(column => column with { Description = null }).ToList(),
            Access = new AccessDefinition(),
            Guards = new GuardDefinition(),
            Masking = new Dictionary<string, MaskingRule>(),
            Views = [],
            Actions = [],
            RateLimits = null,
        }).ToList(),
        DefinitionJson.Options);

    public void Configure(ModelBuilder modelBuilder) => tables.Configure(modelBuilder);

    public Type EntityType(string table) => tables.EntityType(table);

    public IQueryable Query(DbContext context, string table) => tables.Query(context, table);

    public object CreateEntity(string table) => tables.CreateEntity(table);

    public object? GetValue(object entity, string column) => tables.GetValue(entity, column);

    public void SetValue(object entity, string column, object? value) => tables.SetValue(entity, column, value);

    public void Add(DbContext context, string table, object entity) => tables.Add(context, table, entity);
}
