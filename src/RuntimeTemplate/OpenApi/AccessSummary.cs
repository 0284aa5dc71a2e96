using System.Text.Json.Nodes;
using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Who may call one operation, in the words the Studio uses: <c>roles: sales+ (sales, manager, admin)</c>,
/// <c>PUBLIC: no sign-in</c>, or <c>secret API keys only</c>. Mirrors the runtime's role check: a missing
/// rule, or one that lists no role, admits secret keys alone; a publishable key only reads, with the least
/// privileged role.
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

    /// <summary>Whether a publishable key (<c>pk_</c>) with a scope that names the table operation may call it; null for the runtime's own routes.</summary>
    public bool? PublishableKeys { get; private init; }

    /// <summary>Why a publishable key may or may not call it, for the description; empty where keys are not the question.</summary>
    private string PublishableKeysText { get; init; } = "";

    /// <summary>The short form: what <c>x-access.summary</c> holds and the description starts with.</summary>
    public string Summary { get; private init; } = "";

    public static AccessSummary For(OpenApiContext context, TableOperation operation)
    {
        var rule = operation.Rule;
        var ownerColumn = ResolvedFirewall.Resolve(operation.Table).OwnerColumn;
        if (rule is not null && rule.Roles.Contains(RoleDefinition.Public))
        {
            return new AccessSummary { IsPublic = true, Roles = rule.Roles, Summary = "PUBLIC: no sign-in", PublishableKeys = true };
        }

        var admitted = rule is null ? [] : context.Admitted(rule.Roles);
        if (rule is null || rule.Roles.Count == 0)
        {
            return new AccessSummary
            {
                SecretKeysOnly = true,
                PublishableKeys = false,
                Roles = rule?.Roles ?? [],
                Summary = "secret API keys only",
            };
        }

        var (publishable, publishableText) = Publishable(context, operation, admitted);
        return new AccessSummary
        {
            PublishableKeys = publishable,
            PublishableKeysText = publishableText,
            Roles = rule.Roles,
            Admitted = admitted,
            Owner = rule.Owner,
            OwnerColumn = rule.Owner ? ownerColumn : null,
            Condition = rule.Record is null ? null : ConditionText.Render(rule.Record),
            Summary = "roles: " + context.DescribeRoles(rule.Roles),
        };
    }

    /// <summary>As the runtime decides: a publishable key reads only, and acts with the least privileged role.</summary>
    private static (bool Allowed, string Text) Publishable(OpenApiContext context, TableOperation operation, IReadOnlyList<string> admitted)
    {
        if (!ApiKeyScopes.IsRead(operation.ScopeOperation))
        {
            return (false, " Publishable keys (`pk_`) may not: they only read (list, get, views).");
        }

        var role = OrganizationRoles.Base(context.Definition);
        if (role is null)
        {
            return (false, " Publishable keys (`pk_`) may not: they act with the least privileged role, and this API has none.");
        }

        return admitted.Contains(role)
            ? (true, $" Publishable keys (`pk_`) may too, with a scope that names it: they act with the least privileged role, `{role}`.")
            : (false, $" Publishable keys (`pk_`) may not: they act with the least privileged role, `{role}`, which this rule does not admit.");
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

        var keys = Admitted.Count > 0 || Roles.Count > 0 ? " Secret API keys (`sk_`) may call it too." + PublishableKeysText : "";
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
        if (PublishableKeys is { } publishable)
        {
            json["publishableKeys"] = publishable;
        }

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
