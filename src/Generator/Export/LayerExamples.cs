using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Masking;
using ApiStudio.Runtime.Organizations;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Generator.Export;

/// <summary>
/// One example per security layer for the README, picked from the definition's own tables. The bodies are
/// written by the runtime's error writer in the project's dialect, from the runtime's own errors (the guard
/// example runs the guard check itself), so the README shows what the API answers.
/// </summary>
internal static class LayerExamples
{
    private const string RequestId = "0c4f2c9e-5b1d-4e8a-9f3a-2d7c6b1e4a90";

    public static IReadOnlyList<LayerExample> For(ApiDefinition definition)
    {
        var examples = new List<LayerExample?>
        {
            AuthMissing(definition),
            RateLimited(definition),
            FirewallOrgIsolation(definition),
            HiddenNotFound(definition),
            RoleRequired(definition),
            Guard(definition),
            UniqueViolation(definition),
        };
        return examples.OfType<LayerExample>().ToList();
    }

    private static LayerExample? AuthMissing(ApiDefinition definition)
    {
        var table = definition.Tables.FirstOrDefault(t => t.Access.List is { } rule && !rule.Roles.Contains(RoleDefinition.Public));
        if (table is null)
        {
            return null;
        }

        var url = $"{definition.Project.BasePath}/{table.Name}";
        return Example(definition, "no token", "A request without credentials stops at the first layer.",
            $"curl -s $BASE/{table.Name}", ApiErrors.AuthMissing(), "GET", url, null, table);
    }

    private static LayerExample? RateLimited(ApiDefinition definition)
    {
        var table = definition.Tables.FirstOrDefault(t => t.Access.List is not null);
        var limits = definition.Project.RateLimits;
        var limit = table?.RateLimits?.Read ?? limits.Read;
        if (table is null || limit <= 0)
        {
            return null;
        }

        var url = $"{definition.Project.BasePath}/{table.Name}";
        return Example(definition, "too many requests",
            $"Each caller may read {limit} times per {limits.WindowSeconds} s window (sign-in: {limits.SignIn} attempts per IP address); " +
            "every response carries X-RateLimit-Limit and X-RateLimit-Remaining, a 429 also Retry-After.",
            $"for i in $(seq {limit + 1}); do curl -s -o /dev/null -w '%{{http_code}}\\n' $BASE/{table.Name} -H \"Authorization: Bearer $TOKEN\"; done | sort | uniq -c\n" +
            $"curl -s $BASE/{table.Name} -H \"Authorization: Bearer $TOKEN\"",
            ApiErrors.RateLimited(limits.WindowSeconds, limit, "read"), "GET", url, null, table);
    }

    private static LayerExample? FirewallOrgIsolation(ApiDefinition definition)
    {
        var table = definition.Tables.FirstOrDefault(t => ResolvedFirewall.Resolve(t) is { IsPublic: false, OrganizationColumn: not null, ErrorMode: FirewallErrorMode.Reveal }
            && t.Access.Get is not null);
        if (table is null)
        {
            return null;
        }

        var url = $"{definition.Project.BasePath}/{table.Name}/{SampleValues.SampleId}";
        return Example(definition, "a record of another organization",
            $"Every query on {table.Name} is scoped to the caller's active organization in SQL; reading another organization's record by its id answers:",
            $"curl -s $BASE/{table.Name}/$OTHER_ORGS_RECORD_ID -H \"Authorization: Bearer $TOKEN\"",
            ApiErrors.FirewallOrgIsolation(), "GET", url, null, table);
    }

    private static LayerExample? HiddenNotFound(ApiDefinition definition)
    {
        var table = definition.Tables.FirstOrDefault(t => t.Firewall.ErrorMode == FirewallErrorMode.Hide && t.Access.Get is not null);
        if (table is null)
        {
            return null;
        }

        var url = $"{definition.Project.BasePath}/{table.Name}/{SampleValues.SampleId}";
        return Example(definition, $"{table.Name} hides records outside the caller's scope",
            $"{table.Name} sets errorMode: hide, so a record outside the caller's scope is indistinguishable from one that does not exist:",
            $"curl -s $BASE/{table.Name}/$OTHER_ORGS_RECORD_ID -H \"Authorization: Bearer $TOKEN\"",
            ApiErrors.HiddenNotFound(), "GET", url, null, table);
    }

    private static LayerExample? RoleRequired(ApiDefinition definition)
    {
        var lowest = LowestRole(definition);
        if (lowest is null)
        {
            return null;
        }

        foreach (var table in definition.Tables)
        {
            if (table.Access.Create is { } rule && rule.Roles.Count > 0 && !rule.Roles.Contains(RoleDefinition.Public)
                && !RoleReferences.Expand(definition, rule.Roles).Contains(lowest))
            {
                var body = SampleValues.CreateBody(table);
                return Example(definition, "a role that may not create",
                    $"Creating {table.Name} takes {string.Join(" or ", rule.Roles)}; a member whose role is {lowest} gets:",
                    Post(table.Name, body, "$LOW_ROLE_TOKEN"), ApiErrors.AccessRoleRequired(rule.Roles, [lowest]),
                    "POST", $"{definition.Project.BasePath}/{table.Name}", body, table);
            }
        }

        return null;
    }

    private static LayerExample? Guard(ApiDefinition definition)
    {
        // A protected field makes the more telling example; every table has system-managed fields to fall back on.
        var table = definition.Tables.Where(t => t.Guards.Mode == GuardMode.Strict && t.Access.Create is not null)
            .OrderBy(t => t.Guards.Protected.Count > 0 ? 0 : 1)
            .FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var body = SampleValues.CreateBody(table);
        var field = table.Guards.Protected.Keys.FirstOrDefault() ?? SystemColumns.CreatedAt;
        body[field] = table.FindColumn(field) is { } column ? SampleValues.For(column) : "2025-01-31T09:30:00Z";
        ApiError error;
        try
        {
            GuardCheck.Check(table, WriteKind.Create, body.Select(p => p.Key), new DecisionTrace());
            return null;
        }
        catch (ApiException refused)
        {
            error = refused.Error;
        }

        return Example(definition, "a field the client may not write",
            $"{table.Name} is strict: a body naming a field the create may not set is refused with the fields in details.fields.",
            Post(table.Name, body, "$TOKEN"), error, "POST", $"{definition.Project.BasePath}/{table.Name}", body, table);
    }

    private static LayerExample? UniqueViolation(ApiDefinition definition)
    {
        foreach (var table in definition.Tables.Where(t => t.Access.Create is not null))
        {
            var createable = SampleValues.Createable(table);
            if (createable.FirstOrDefault(c => c.Unique) is { } unique)
            {
                var body = SampleValues.CreateBody(table);
                body[unique.Name] = SampleValues.For(unique);
                var scope = ResolvedFirewall.Resolve(table).OrganizationColumn is null ? "" : " within the organization";
                return Example(definition, "a duplicate unique value",
                    $"{table.Name}.{unique.Name} is unique{scope}; creating the same value twice answers the second time with:",
                    Post(table.Name, body, "$TOKEN"), ApiErrors.DbUniqueViolation(unique.Name),
                    "POST", $"{definition.Project.BasePath}/{table.Name}", body, table);
            }
        }

        return null;
    }

    private static string? LowestRole(ApiDefinition definition) =>
        definition.RoleHierarchy.Count > 0 ? definition.RoleHierarchy[0] : OrganizationRoles.Declared(definition).Order(StringComparer.Ordinal).FirstOrDefault();

    private static string Post(string table, JsonObject body, string token) =>
        $"curl -s -X POST $BASE/{table} -H \"Authorization: Bearer {token}\" -H 'Content-Type: application/json' \\\n  -d '{body.ToJsonString()}'";

    private static LayerExample Example(ApiDefinition definition, string title, string explanation, string curl, ApiError error,
        string method, string url, JsonObject? body, TableDefinition table)
    {
        var echo = new RequestEcho(method, url, BodyRedaction.Redact(body, RecordMasking.MaskedFields(table)), RequestId);
        var (status, _, written) = ErrorBodyWriter.Write(error, echo, definition.Project.ErrorDialect);
        return new LayerExample(title, explanation, curl, status, error.Code, written);
    }
}
