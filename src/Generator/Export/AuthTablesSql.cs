using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Generator.Export;

/// <summary>
/// The DDL of the runtime's own tables (<c>auth_*</c>: users, organizations, memberships, sessions, API keys),
/// from EF Core's create script of <c>AuthModel</c> alone, so it is what the runtime maps on each provider.
/// </summary>
public static class AuthTablesSql
{
    public static string For(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AuthSchemaContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite("Data Source=:memory:"),
            DatabaseProvider.Postgres => options.UseNpgsql("Host=localhost"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        using var context = new AuthSchemaContext(options.Options);
        var statements = context.Database.GenerateCreateScript().ReplaceLineEndings("\n")
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement => statement.TrimEnd(';') + ";");
        return string.Join("\n", statements) + "\n";
    }
}
