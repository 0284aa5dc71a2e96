using ApiStudio.Runtime.Authentication.Data;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Data;

/// <summary>The API's database: the definition's tables (through <see cref="ITableModel"/>) and the runtime's own.</summary>
public class ApiDbContext(DbContextOptions options, ITableModel tables) : DbContext(options)
{
    public ITableModel Tables { get; } = tables;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        AuthModel.Configure(modelBuilder);
        Tables.Configure(modelBuilder);
    }
}
