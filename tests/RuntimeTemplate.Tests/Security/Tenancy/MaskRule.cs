namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Who may see a masked column unmasked, written out by hand from the sample (hierarchies expanded), so the
/// test's oracle is independent of the runtime's masking code.
/// </summary>
public sealed record MaskRule(IReadOnlySet<string> Roles, bool Owner = false)
{
    public static MaskRule Nobody { get; } = new(new HashSet<string>());

    public static MaskRule For(params string[] roles) => new(roles.ToHashSet(StringComparer.Ordinal));

    public MaskRule OrOwner() => this with { Owner = true };
}
