using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Who may call one operation, in the words the Studio uses: <c>roles: sales+ (sales, manager, admin)</c>,
/// <c>PUBLIC: no sign-in</c>, or <c>secret API keys only</c>. Mirrors the runtime's role check: a missing
/// rule, or one that lists no role, admits secret keys alone.
/// </summary>
internal sealed record AccessSummary
{
    public bool IsPublic { get; private init; }

    public bool SecretKeysOnly { get; private init; }

    public IReadOnlyList<string> Roles { get; private init; } = [];

    public IReadOnlyList<string> Admitted { get; private init; } = [];

    public bool Owner { get; private init; }

    public string? OwnerColumn { get; private init; }

    public string? Condition { get; private init; }

    /// <summary>The short form: what <c>x-access.summary</c> holds and the description starts with.</summary>
    public string Summary { get; private init; } = "";

    public static AccessSummary For(OpenApiContext context, TableDefinition? table, AccessRule? rule)
    {
        var ownerColumn = table is null ? null : ResolvedFirewall.Resolve(table).OwnerColumn;
        if (rule is not null && rule.Roles.Contains(RoleDefinition.Public))
        {
            return new AccessSummary { IsPublic = true, Roles = rule.Roles, Summary = "PUBLIC: no sign-in" };
        }

        var admitted = rule is null ? [] : context.Admitted(rule.Roles);
        if (rule is null || rule.Roles.Count == 0)
        {
            return new AccessSummary
            {
                SecretKeysOnly = true,
                Roles = rule?.Roles ?? [],
                Summary = "secret API keys only",
            };
        }

        return new AccessSummary
        {
            Roles = rule.Roles,
            Admitted = admitted,
            Owner = rule.Owner,
            OwnerColumn = rule.Owner ? ownerColumn : null,
            Condition = rule.Record is null ? null : ConditionText.Render(rule.Record),
            Summary = "roles: " + context.DescribeRoles(rule.Roles),
        };
    }

    /// <summary>A summary for the runtime's own routes, which no access rule of the definition governs.</summary>
    public static AccessSummary Custom(string summary, bool isPublic = false, IReadOnlyList<string>? roles = null) =>
        new() { IsPublic = isPublic, Summary = summary, Roles = roles ?? [], Admitted = roles ?? [] };

    /// <summary>The sentence for the operation's description; a list applies the record condition as a filter instead of refusing.</summary>
    public string Sentence(bool lists = false)
    {
        if (IsPublic)
        {
            return $"**Who may call it:** {Summary}; anyone may call it, signed in or not.";
        }

        if (SecretKeysOnly)
        {
            return $"**Who may call it:** {Summary}: the definition gives no role access to this operation, so only a secret key (`sk_`) may call it.";
        }

        var parts = new List<string> { Summary };
        if (Owner)
        {
            parts.Add($"the caller must own the record ({OwnerColumn ?? "owner column"})");
        }

        if (Condition is not null)
        {
            parts.Add(lists ? $"only records meeting `{Condition}` are listed" : $"the record must meet `{Condition}`");
        }

        var keys = Admitted.Count > 0 || Roles.Count > 0
            ? " Secret API keys (`sk_`) may call it too; publishable keys (`pk_`) act with the role of the user who created them."
            : "";
        return $"**Who may call it:** {string.Join("; ", parts)}.{keys}";
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["summary"] = Summary,
            ["public"] = IsPublic,
            ["secretKeysOnly"] = SecretKeysOnly,
            ["roles"] = new JsonArray(Roles.Select(r => (JsonNode?)r).ToArray()),
            ["admitted"] = new JsonArray(Admitted.Select(r => (JsonNode?)r).ToArray()),
        };
        if (Owner)
        {
            json["owner"] = OwnerColumn;
        }

        if (Condition is not null)
        {
            json["record"] = Condition;
        }

        return json;
    }
}
