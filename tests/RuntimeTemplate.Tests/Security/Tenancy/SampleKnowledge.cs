using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// What the property test knows about one sample, written by hand from its api.json rather than computed by the
/// runtime's own code: the personas to create, who may see each masked column, which tables are owner-scoped, and
/// the rows to seed.
/// </summary>
public abstract class SampleKnowledge
{
    public abstract string SampleFile { get; }

    /// <summary>The fixed seed of the random phase; APISTUDIO_SECURITY_SEED overrides it to explore.</summary>
    public abstract int Seed { get; }

    /// <summary>The role an organization's creator holds, and a secret key acts with.</summary>
    public abstract string TopRole { get; }

    /// <summary>Members created in every organization besides its creator (named "admin").</summary>
    public abstract IReadOnlyList<(string Name, string Role)> Personas { get; }

    /// <summary>The roles of the one user who belongs to organizations 0 and 1.</summary>
    public abstract (string InFirst, string InSecond) ConsultantRoles { get; }

    /// <summary>Every column masked for some caller, with who sees it unmasked (hierarchies expanded by hand).</summary>
    public abstract IReadOnlyDictionary<(string Table, string Column), MaskRule> Masks { get; }

    public abstract IReadOnlyDictionary<string, OwnerScope> OwnerScopes { get; }

    /// <summary>Tables with a firewall exception: rows of no organization.</summary>
    public virtual IReadOnlySet<string> PublicTables { get; } = new HashSet<string>();

    public abstract IReadOnlyDictionary<string, string> OrganizationColumns { get; }

    /// <summary>Tables whose list rule filters rows by a record condition the test does not track.</summary>
    public virtual IReadOnlySet<string> ListConditionTables { get; } = new HashSet<string>();

    public abstract IReadOnlyList<SeedStep> Seeds { get; }

    /// <summary>The definition the test runs; a sample may add columns the property test needs.</summary>
    public virtual ApiDefinition Prepare(ApiDefinition sample) => sample;

    /// <summary>Sample-specific setup after the seeds: actions, rows the API cannot create.</summary>
    public virtual Task AfterSeedAsync(TenantWorld world) => Task.CompletedTask;

    public MaskRule? MaskOf(string table, string column) => Masks.GetValueOrDefault((table, column));

    /// <summary>Whether the caller may see this stored value unmasked: same organization, and a role or ownership the rule admits.</summary>
    public bool MaySee(SecretFact secret, TenantCaller caller)
    {
        if (caller.Org < 0 || caller.Org != secret.Org)
        {
            return false;
        }

        var rule = Masks[(secret.Table, secret.Column)];
        return (caller.Role is { } role && rule.Roles.Contains(role))
            || (rule.Owner && secret.RowOwner is not null && secret.RowOwner == caller.OwnerId);
    }

    /// <summary>Whether the caller may filter or sort on the column: only when its role sees it, since a query spans others' rows.</summary>
    public bool MayQuery(string table, string column, TenantCaller caller) =>
        MaskOf(table, column) is not { } rule || (caller.Role is { } role && rule.Roles.Contains(role));
}
