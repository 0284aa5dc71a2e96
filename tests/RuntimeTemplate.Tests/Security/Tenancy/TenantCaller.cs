using System.Net.Http.Headers;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// One way of calling the API in the property test: a signed-in user acting in one organization, a pk_ or sk_
/// key, a user with no active organization, or nobody. <see cref="Org"/> is the index of the organization the
/// request acts in, -1 when none.
/// </summary>
public sealed record TenantCaller
{
    public required string Name { get; init; }

    public required CallerKind Kind { get; init; }

    public int Org { get; init; } = -1;

    /// <summary>The role the caller acts with in <see cref="Org"/>: the hierarchy's lowest for pk_, the top role for sk_.</summary>
    public string? Role { get; init; }

    /// <summary>Whose rows the caller owns: the user, or the user who created the key.</summary>
    public string? OwnerId { get; init; }

    /// <summary>A bearer access token, or the API key.</summary>
    public string? Credential { get; init; }

    /// <summary>Sent as X-Organization-Id, for a user of several organizations.</summary>
    public string? OrganizationHeader { get; init; }

    /// <summary>A pk_ key sent as a bearer token rather than in X-API-Key.</summary>
    public bool KeyAsBearer { get; init; }

    /// <summary>A revoked key or a signed-out session: every request must be refused with 401.</summary>
    public bool Dead { get; init; }

    /// <summary>Secret keys act for the whole organization: no owner scoping.</summary>
    public bool SeesEveryOwner => Kind == CallerKind.SecretKey;

    public void Apply(HttpRequestMessage request)
    {
        if (Credential is not null)
        {
            if (Kind is CallerKind.PublishableKey or CallerKind.SecretKey && !KeyAsBearer)
            {
                request.Headers.Add("X-API-Key", Credential);
            }
            else
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Credential);
            }
        }

        if (OrganizationHeader is not null)
        {
            request.Headers.Add("X-Organization-Id", OrganizationHeader);
        }
    }

    public override string ToString() => Org < 0 ? Name : $"{Name}@org{Org}";
}
