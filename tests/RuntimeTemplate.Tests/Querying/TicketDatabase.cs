namespace ApiStudio.Runtime.Tests.Querying;

/// <summary>The seeded tickets database shared by a test class that only reads.</summary>
public sealed class TicketDatabase : IDisposable
{
    public SqliteTables Tables { get; } = SqliteTables.Tickets();

    public void Dispose() => Tables.Dispose();
}
