using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// Database failures on demand, through EF Core interceptors the test registers on the runtime's DbContext
/// (no hook in src/): a request carrying <see cref="Header"/> fails at the database the way a real outage would.
/// <list type="bullet">
/// <item><c>connection-reset</c>: the first command throws a <see cref="DbException"/> (the connection dropped) → 500 INTERNAL_ERROR, layer database.</item>
/// <item><c>bug</c>: the first command throws an <see cref="InvalidOperationException"/> (a defect, not the database) → 500 INTERNAL_ERROR, layer internal.</item>
/// <item><c>write-failed</c>: SaveChanges throws a <see cref="DbUpdateException"/> whose cause is no constraint → 500 DB_INSERT_FAILED / DB_UPDATE_FAILED.</item>
/// </list>
/// </summary>
public sealed class FaultInjection
{
    public const string Header = "X-Test-Fault";
    public const string ConnectionReset = "connection-reset";
    public const string Bug = "bug";
    public const string WriteFailed = "write-failed";

    public const string ConnectionResetMessage = "Connection terminated unexpectedly";
    public const string ConnectionResetCause = "ECONNRESET";
    public const string BugMessage = "Sequence contains no matching element";
    public const string WriteFailedMessage = "An error occurred while saving the entity changes.";
    public const string WriteFailedCause = "disk I/O error";

    /// <summary>HttpContextAccessor keeps the current request in an AsyncLocal, so one instance serves every test app.</summary>
    private static readonly HttpContextAccessor Requests = new();

    public static IInterceptor[] Interceptors { get; } = [new CommandFaults(), new SaveFaults()];

    private static string? Requested() => Requests.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } fault ? fault : null;

    private static void ThrowForCommand()
    {
        switch (Requested())
        {
            case ConnectionReset:
                throw new SimulatedConnectionReset();
            case Bug:
                throw new InvalidOperationException(BugMessage);
        }
    }

    private sealed class CommandFaults : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            ThrowForCommand();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ThrowForCommand();
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            ThrowForCommand();
            return ValueTask.FromResult(result);
        }
    }

    private sealed class SaveFaults : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Requested() == WriteFailed)
            {
                throw new DbUpdateException(WriteFailedMessage, new IOException(WriteFailedCause));
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>What a driver throws when the server closes the connection mid-query.</summary>
    private sealed class SimulatedConnectionReset() : DbException(ConnectionResetMessage, new IOException(ConnectionResetCause));
}
