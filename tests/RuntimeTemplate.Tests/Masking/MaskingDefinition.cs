using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Tests.Masking;

/// <summary>A definition with a role hierarchy and a candidates table masked in every way, plus personas.</summary>
public static class MaskingDefinition
{
    public const string OwnerId = "user-7";

    public static TableDefinition Candidates { get; } = new()
    {
        Name = "candidates",
        Columns =
        [
            new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
            new ColumnDefinition { Name = "ownerId" },
            new ColumnDefinition { Name = "fullName" },
            new ColumnDefinition { Name = "email" },
            new ColumnDefinition { Name = "phone" },
            new ColumnDefinition { Name = "salary", Type = ColumnType.Real },
            new ColumnDefinition { Name = "portfolio" },
            new ColumnDefinition { Name = "source" },
        ],
        Masking = new Dictionary<string, MaskingRule>
        {
            ["fullName"] = new() { Kind = MaskKind.Name, Show = new MaskVisibility { Roles = ["recruiter+"] } },
            ["email"] = new() { Kind = MaskKind.Email, Show = new MaskVisibility { Roles = ["manager+"], Owner = true } },
            ["phone"] = new() { Kind = MaskKind.Phone, Show = new MaskVisibility { Owner = true } },
            ["salary"] = new() { Kind = MaskKind.Redact, Show = new MaskVisibility { Roles = ["auditor"] } },
            ["portfolio"] = new() { Kind = MaskKind.None },
        },
        Views =
        [
            new ViewDefinition { Name = "shortlist", Fields = ["fullName", "id", "portfolio"], Roles = ["recruiter+"] },
            new ViewDefinition { Name = "board", Fields = ["id", "source"], Roles = ["PUBLIC"] },
        ],
    };

    public static ApiDefinition Api { get; } = new()
    {
        Roles = [new RoleDefinition { Name = "viewer" }, new RoleDefinition { Name = "recruiter" }, new RoleDefinition { Name = "manager" },
            new RoleDefinition { Name = "admin" }, new RoleDefinition { Name = "auditor" }],
        RoleHierarchy = ["viewer", "recruiter", "manager", "admin"],
        Tables = [Candidates],
    };

    public static Dictionary<string, object?> Row(string? ownerId = OwnerId) => new()
    {
        ["id"] = Guid.Parse("0b8e5d7a-3f41-4c2e-9a61-5d0f7c3b2a19"),
        ["ownerId"] = ownerId,
        ["fullName"] = "Jane Q. Doe",
        ["email"] = "paul@example.com",
        ["phone"] = "(555) 123-4567",
        ["salary"] = 120000.0,
        ["portfolio"] = "https://jane.dev",
        ["source"] = "referral",
    };

    public static CallerIdentity User(string userId, params string[] roles) =>
        new() { Kind = CallerKind.User, UserId = userId, ActiveOrgId = "org-1", Roles = roles };
}
