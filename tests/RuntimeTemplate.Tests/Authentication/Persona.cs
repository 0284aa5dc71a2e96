using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>A signed-in user as tests use one: tokens and the organization they act in.</summary>
public sealed record Persona(string UserId, string Email, string AccessToken, string RefreshToken, string? OrganizationId)
{
    public static Persona From(JsonNode signIn, string? organizationId) => new(
        (string)signIn["user"]!["id"]!,
        (string)signIn["user"]!["email"]!,
        (string)signIn["accessToken"]!,
        (string)signIn["refreshToken"]!,
        organizationId);
}
