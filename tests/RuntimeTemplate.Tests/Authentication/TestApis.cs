using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>Definitions the authentication tests run against.</summary>
public static class TestApis
{
    /// <summary>Roles member &lt; admin &lt; owner, tables deals (with its own read limit) and contacts; sign-in limit 100 unless given.</summary>
    public static ApiDefinition Crm(RateLimitSettings? limits = null, int? dealsReadLimit = null) => new()
    {
        Project = new ProjectSettings { Name = "crm", RateLimits = limits ?? new RateLimitSettings { SignIn = 100 } },
        Roles = [new RoleDefinition { Name = "member" }, new RoleDefinition { Name = "admin" }, new RoleDefinition { Name = "owner" }],
        RoleHierarchy = ["member", "admin", "owner"],
        Tables =
        [
            new TableDefinition
            {
                Name = "deals",
                Columns = [new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true }],
                Actions = [new ActionDefinition { Name = "close" }],
                RateLimits = dealsReadLimit is null ? null : new TableRateLimits { Read = dealsReadLimit },
            },
            new TableDefinition
            {
                Name = "contacts",
                Columns = [new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true }],
            },
        ],
    };
}
