using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>
/// How the definition's tables are bound to EF Core entities. The simulator binds them to shared-type
/// property bags; an exported project to its generated entity classes. Everything else in the runtime
/// reaches columns through this binding and <c>EF.Property</c>, so both run the same code.
/// </summary>
public interface ITableModel
{
    /// <summary>Distinguishes models in EF Core's model cache when one process hosts several definitions.</summary>
    object CacheKey { get; }

    void Configure(ModelBuilder modelBuilder);

    /// <summary>The CLR type of the table's entity.</summary>
    Type EntityType(string table);

    /// <summary>The entity set of the table, as an <c>IQueryable&lt;T&gt;</c> of <see cref="EntityType"/>.</summary>
    IQueryable Query(DbContext context, string table);

    object CreateEntity(string table);

    object? GetValue(object entity, string column);

    void SetValue(object entity, string column, object? value);

    void Add(DbContext context, string table, object entity);
}
