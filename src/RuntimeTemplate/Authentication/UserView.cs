using ApiStudio.Runtime.Authentication.Data;

namespace ApiStudio.Runtime.Authentication;

/// <summary>A user as responses show it: never the password hash.</summary>
public sealed record UserView(string Id, string Email, string? Name, DateTime CreatedAt)
{
    public static UserView From(AuthUser user) => new(user.Id, user.Email, user.Name, user.CreatedAt);
}
