using ApiStudio.Runtime.Authentication.Data;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>Just the authentication tables, as the API's own context adds them.</summary>
public sealed class AuthTestDbContext(DbContextOptions<AuthTestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => AuthModel.Configure(modelBuilder);
}
