using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Which organization a request acts in. The <c>X-Organization-Id</c> header, when sent, overrides the
/// organization of the token or session, and must name an organization the user belongs to: otherwise the
/// request stops with 403 ACCESS_NO_ORG, the same answer whether the organization exists or not. An
/// organization the user is not a member of never becomes active.
/// </summary>
public static class ActiveOrganization
{
    public const string Header = "X-Organization-Id";

    public static string? Requested(HttpRequest request)
    {
        var value = request.Headers[Header].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>403 ACCESS_NO_ORG for an organization the caller may not act in, saying which one was asked for.</summary>
    public static ApiError Refused(string requested, string reason)
    {
        var error = ApiErrors.AccessNoOrg();
        var details = error.Details?.DeepClone().AsObject() ?? [];
        // The header is the client's text, echoed back: cap it well above a uuid's 36 characters, and print what
        // no JSON reader should be handed (NUL, a lone surrogate) as U+FFFD.
        var printable = StorableText.Printable(requested);
        details["requested"] = printable.Length <= 64 ? printable : printable[..64] + "…";
        details["reason"] = reason;
        return error with { Details = details };
    }

    /// <summary>
    /// The user's membership in the organization to act in: the header's (which must be one of theirs) or else
    /// the one remembered by the token or session. A remembered organization the user has since left is
    /// dropped rather than refused: the access layer then answers ACCESS_NO_ORG where a route needs one.
    /// </summary>
    public static async Task<AuthMembership?> ResolveAsync(AuthStore store, string userId, string? requested, string? remembered, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            // Checked before the membership query: PostgreSQL cannot be asked about text it cannot store.
            if (StorableText.Problem(requested) is { } unstorable)
            {
                throw new ApiException(Refused(requested, $"the organization id {unstorable}"));
            }

            return await store.FindMembershipAsync(userId, requested, cancellationToken)
                ?? throw new ApiException(Refused(requested, $"the caller is not a member of organization '{requested}'"));
        }

        return remembered is null ? null : await store.FindMembershipAsync(userId, remembered, cancellationToken);
    }
}
