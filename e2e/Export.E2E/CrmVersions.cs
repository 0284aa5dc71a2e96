using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Export.E2E;

/// <summary>The CRM sample and the variants the tests export: a next version, and a copy with tiny rate limits.</summary>
public static class CrmVersions
{
    public static ApiDefinition V1 { get; } = Load();

    /// <summary>
    /// companies gains <c>industry</c>, renames <c>domain</c> to <c>webDomain</c> (with a rename hint) and drops
    /// <c>website</c> (the column stays in the database, unused).
    /// </summary>
    public static ApiDefinition V2 { get; } = Valid(V1 with
    {
        Tables = V1.Tables.Select(table => table.Name != "companies" ? table : table with
        {
            Columns = table.Columns
                .Where(c => c.Name != "website")
                .Select(c => c.Name == "domain" ? c with { Name = "webDomain" } : c)
                .Append(new ColumnDefinition { Name = "industry", Type = ColumnType.Text, MaxLength = 100 })
                .ToList(),
            Guards = table.Guards with
            {
                Createable = ["name", "webDomain", "industry"],
                Updatable = ["name", "webDomain", "industry"],
            },
        }).ToList(),
        Renames = [new RenameHint { Kind = RenameKind.Column, Table = "companies", From = "domain", To = "webDomain" }],
    });

    /// <summary>Three reads and two sign-ins per minute, so the rate limit layer answers within a few requests.</summary>
    public static ApiDefinition TinyLimits { get; } = Valid(V1 with
    {
        Project = V1.Project with { RateLimits = new RateLimitSettings { WindowSeconds = 60, Read = 3, SignIn = 2 } },
    });

    private static ApiDefinition Load() =>
        Valid(DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "crm.api.json"))).Definition!);

    public static ApiDefinition Valid(ApiDefinition definition)
    {
        var errors = DefinitionValidator.Validate(definition).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return definition;
    }
}
