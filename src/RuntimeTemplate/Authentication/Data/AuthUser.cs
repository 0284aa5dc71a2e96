namespace ApiStudio.Runtime.Authentication.Data;

/// <summary>A person who can sign in; table <c>auth_users</c>.</summary>
public sealed class AuthUser
{
    /// <summary>A uuid in text form, so it can be compared with text owner columns without conversion.</summary>
    public required string Id { get; set; }

    /// <summary>Trimmed and lower-cased, so the unique index catches <c>Ann@x.io</c> and <c>ann@x.io</c> alike.</summary>
    public required string Email { get; set; }

    public string? Name { get; set; }

    /// <summary>Output of ASP.NET Core Identity's <c>PasswordHasher</c>, never the password.</summary>
    public required string PasswordHash { get; set; }

    public DateTime CreatedAt { get; set; }
}
