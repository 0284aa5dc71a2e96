using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Runtime.Data;

/// <summary>Keys EF Core's model cache by the table model too, so each definition gets its own model.</summary>
public sealed class TableModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ApiDbContext api ? (context.GetType(), api.Tables.CacheKey, designTime) : (object)(context.GetType(), designTime);
}
