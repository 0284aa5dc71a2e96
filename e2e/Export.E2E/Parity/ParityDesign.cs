using ApiStudio.Runtime.Definition;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>
/// The CRM sample reshaped so that one scenario list reaches every layer and code, changing only what api.json
/// carries at run time (never a column, so the sample's build runs it):
/// <list type="bullet">
/// <item>two sign-ins per address and minute (AUTH_RATE_LIMITED);</item>
/// <item>companies: <c>website</c> is update-only and <c>domain</c> create-only (GUARD_FIELD_NOT_CREATEABLE / _NOT_UPDATABLE),
/// and one delete per minute (RATE_LIMITED);</item>
/// <item>contacts: <c>accountManagerId</c> is the optional owner (FIREWALL_USER_ISOLATION; unassigned rows are everyone's,
/// and updating one needs its owner: ACCESS_OWNERSHIP_REQUIRED), and <c>lastName</c> is not createable although
/// required (DB_NOT_NULL_VIOLATION);</item>
/// <item>notes: the firewall hides what it refuses (opaque 404).</item>
/// </list>
/// </summary>
public static class ParityDesign
{
    public static readonly ErrorDialect[] Dialects = [ErrorDialect.Flat, ErrorDialect.Envelope, ErrorDialect.Problem];

    private static readonly ApiDefinition Reshaped = CrmVersions.V1 with
    {
        Project = CrmVersions.V1.Project with { RateLimits = CrmVersions.V1.Project.RateLimits with { SignIn = 2 } },
        Tables = CrmVersions.V1.Tables.Select(Reshape).ToList(),
    };

    public static ApiDefinition For(ErrorDialect dialect) => CrmVersions.Valid(Reshaped with
    {
        Project = Reshaped.Project with { ErrorDialect = dialect },
    });

    private static TableDefinition Reshape(TableDefinition table) => table.Name switch
    {
        "companies" => table with
        {
            Guards = table.Guards with { Createable = ["name", "domain"], Updatable = ["name", "website"] },
            RateLimits = new TableRateLimits { Delete = 1 },
        },
        "contacts" => table with
        {
            Firewall = table.Firewall with { Owner = new OwnerColumn { Column = "accountManagerId", Mode = OwnerMode.Optional } },
            Access = table.Access with { Update = new AccessRule { Roles = ["sales+"], Owner = true } },
            Guards = table.Guards with
            {
                Createable = ["companyId", "firstName", "email", "phone", "status"],
                Updatable = ["companyId", "firstName", "lastName", "email", "phone", "status"],
            },
        },
        "notes" => table with { Firewall = table.Firewall with { ErrorMode = FirewallErrorMode.Hide } },
        _ => table,
    };
}
