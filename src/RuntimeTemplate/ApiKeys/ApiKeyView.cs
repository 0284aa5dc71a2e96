using ApiStudio.Runtime.Authentication.Data;

namespace ApiStudio.Runtime.ApiKeys;

/// <summary>A key as lists show it: masked, with what it may do and whether it still works.</summary>
public sealed record ApiKeyView(
    string Id,
    string Kind,
    string Prefix,
    string Masked,
    IReadOnlyList<string> Scopes,
    string Environment,
    DateTime? ExpiresAt,
    DateTime? RevokedAt,
    DateTime CreatedAt,
    string CreatedBy)
{
    public static ApiKeyView From(AuthApiKey key) => new(
        key.Id,
        ApiKeyKinds.ToRequestName(key.Kind),
        key.DisplayPrefix,
        ApiKeyFormat.Masked(key.DisplayPrefix),
        key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        key.Environment,
        key.ExpiresAt,
        key.RevokedAt,
        key.CreatedAt,
        key.CreatedBy);
}
