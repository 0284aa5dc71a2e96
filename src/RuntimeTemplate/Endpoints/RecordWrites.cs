using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Errors;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>Saves pending changes; a refused write becomes the database layer's error and leaves nothing pending.</summary>
public static class RecordWrites
{
    public static async Task SaveAsync(TableRequest request, bool insert)
    {
        try
        {
            await request.Store.Database.SaveChangesAsync(request.Aborted);
            request.Trace.Passed(ErrorLayer.Database, insert ? "insert" : "update", insert ? "the row was inserted" : "the row was written");
        }
        catch (DbUpdateException exception)
        {
            // A failed entity would otherwise be retried by the next save of the same request (batches).
            request.Store.Database.ChangeTracker.Clear();
            var error = DatabaseErrors.From(exception, insert);
            request.Trace.Failed(ErrorLayer.Database, error.Code, $"the database refused the write: {error.Message}" +
                (error.Details?["column"] is { } column ? $" ({column})" : ""), error.Hint);
            throw new ApiException(error);
        }
    }
}
