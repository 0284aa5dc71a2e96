namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>Who the bearer check found: the user, the organization of the token and the role there.</summary>
public sealed record BaselineCaller(string UserId, Guid OrganizationId, string Role)
{
    private const string Key = "Baseline.Caller";

    public static BaselineCaller? Of(Microsoft.AspNetCore.Http.HttpContext context) => context.Items[Key] as BaselineCaller;

    public void Attach(Microsoft.AspNetCore.Http.HttpContext context) => context.Items[Key] = this;
}
