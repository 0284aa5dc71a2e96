using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// The runtime's own DbContext for a definition on a provider, never opened: it supplies the provider's
/// migration SQL generator and the EF model whose store types migrations must produce.
/// </summary>
internal static class RuntimeContexts
{
    public static ApiDbContext Create(ApiDefinition definition, DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite("Data Source=:memory:"),
            DatabaseProvider.Postgres => options.UseNpgsql("Host=localhost"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        options.ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>();
        return new ApiDbContext(options.Options, new PropertyBagTableModel(definition));
    }
}
