using ApiStudio.Runtime.Authentication.Data;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Generator.Export;

/// <summary>A context holding only the runtime's authentication tables, never opened: its create script is their DDL.</summary>
internal sealed class AuthSchemaContext(DbContextOptions<AuthSchemaContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => AuthModel.Configure(modelBuilder);
}
