using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tests.Querying;

namespace ApiStudio.Runtime.Tests.Access.Conditions;

/// <summary>Personas whose context values the conditions resolve.</summary>
public static class Callers
{
    public static readonly IReadOnlyDictionary<string, CallerIdentity> All = new Dictionary<string, CallerIdentity>
    {
        ["u1 in org A"] = new() { Kind = CallerKind.User, UserId = "u1", ActiveOrgId = TicketTable.OrgA.ToString() },
        ["u2 without org"] = new() { Kind = CallerKind.User, UserId = "u2" },
        ["anonymous"] = CallerIdentity.Anonymous,
        ["key with a non-uuid org"] = new() { Kind = CallerKind.PublishableKey, ApiKeyId = "k1", ActiveOrgId = "org-a" },
    };
}
