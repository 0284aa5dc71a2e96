using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// The invariants every response of the random phase must keep, whatever its status:
/// <list type="bullet">
/// <item>no 5xx; every error body structured in the project's dialect, naming the request's method and URL;</item>
/// <item>a revoked key or a signed-out session is refused with 401, whatever it asks;</item>
/// <item>no token of another organization (record id, organization id, marker) that the caller's organization did not send itself;</item>
/// <item>no stored secret the caller may not see unmasked, unless the caller sent it;</item>
/// <item>rows only of the caller's organization, never deleted ones, and in owner-scoped tables only the caller's own (or unassigned) rows;</item>
/// <item>no successful list or view that filters or sorts on a column masked for the caller;</item>
/// <item>an unfiltered list that says it has no more rows holds exactly the rows the caller may see (so optional owners
/// show unassigned rows) and a <c>total</c> that counts only them.</item>
/// </list>
/// </summary>
public sealed partial class ResponseInvariants(TenantWorld world)
{
    private SampleKnowledge Sample => world.Sample;

    /// <summary>How many responses were complete lists, compared row for row with the bookkeeping.</summary>
    public int CompleteListsChecked { get; private set; }

    public List<string> Check(PlannedRequest request, HttpResponseMessage response, string text, JsonNode? json)
    {
        var problems = new List<string>();
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            problems.Add($"status {status}");
        }

        if (request.Caller.Dead && status != 401)
        {
            problems.Add($"a revoked key or signed-out session was answered {status}, not 401");
        }

        if (status >= 400)
        {
            problems.AddRange(ErrorShape.Problems(response, text, world.Definition.Project.ErrorDialect));
        }
        else if (status is not (204 or 304) && json is null)
        {
            problems.Add("a success without a JSON body");
        }

        var sent = SentText(request);
        var seen = json is null ? text : JsonText.Flatten(json);
        CheckTokens(request.Caller, seen, sent, problems);
        CheckSecrets(request.Caller, seen, sent, problems);
        if (status is >= 200 and < 300 && json is not null)
        {
            foreach (var row in Rows(request.Operation, json))
            {
                CheckRow(request, row, problems);
            }
        }

        if (status is >= 200 and < 300 && request.QueriedColumns.FirstOrDefault(c => !Sample.MayQuery(request.Table, c, request.Caller)) is { } masked)
        {
            problems.Add($"the query filters or sorts on '{masked}', masked for the caller, and was answered {status}");
        }

        if (status == 200 && request.Operation == Operation.List && json is not null)
        {
            CheckCompleteList(request, json, problems);
        }

        return problems;
    }

    /// <summary>The rows the caller may list in the table, by the test's own bookkeeping.</summary>
    public IReadOnlySet<string> VisibleIds(string table, TenantCaller caller)
    {
        var scope = Sample.OwnerScopes.GetValueOrDefault(table);
        return world.Records.Values
            .Where(r => r.Table == table && !r.Deleted && (Sample.PublicTables.Contains(table) || (caller.Org >= 0 && r.Org == caller.Org)))
            .Where(r => scope is null || caller.SeesEveryOwner || IsOwnersRow(r.Owner, caller, scope))
            .Select(r => r.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A list without filters, search or offset whose page says nothing follows must hold every row the caller may
    /// see and no other; its total, when asked for, must count the same rows.
    /// </summary>
    private void CheckCompleteList(PlannedRequest request, JsonNode json, List<string> problems)
    {
        var query = request.Path.Contains('?') ? request.Path[(request.Path.IndexOf('?') + 1)..] : "";
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
        var plain = parameters.Keys.All(k => k is "sort" or "limit" or "total" or "fields")
            && (!parameters.TryGetValue("fields", out var fields) || fields.Split(',').Contains("id"));
        if (!plain || Sample.ListConditionTables.Contains(request.Table) || json["pagination"] is not JsonObject pagination)
        {
            return;
        }

        var returned = (json["data"] as JsonArray ?? []).Select(r => r?["id"]?.ToString()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (pagination["total"] is { } total && total.GetValue<long>() != VisibleIds(request.Table, request.Caller).Count)
        {
            problems.Add($"total is {total}; the caller may see {VisibleIds(request.Table, request.Caller).Count} '{request.Table}' rows");
        }

        if (pagination["hasMore"]?.GetValue<bool>() != false)
        {
            return;
        }

        CompleteListsChecked++;
        var expected = VisibleIds(request.Table, request.Caller);
        var missing = expected.Except(returned).ToList();
        var extra = returned.Except(expected).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            problems.Add($"the complete list of '{request.Table}' lacks [{string.Join(", ", missing)}] and has unexpected [{string.Join(", ", extra)}]");
        }
    }

    /// <summary>What the caller sent: the decoded URL and every name and value of the body.</summary>
    public static string SentText(PlannedRequest request) => Uri.UnescapeDataString(request.Path) + "\n" + JsonText.Flatten(request.Body);

    /// <summary>Record ids, organization ids and markers in a text.</summary>
    public static IEnumerable<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>The rows a successful response carries for the operation.</summary>
    public static IEnumerable<JsonObject> Rows(Operation operation, JsonNode json)
    {
        var rows = operation switch
        {
            Operation.List or Operation.View => json["data"] as JsonArray,
            Operation.BatchCreate or Operation.BatchUpdate or Operation.BatchDelete => json["success"] as JsonArray,
            _ => new JsonArray(json.DeepClone()),
        };
        return rows?.OfType<JsonObject>() ?? [];
    }

    private void CheckTokens(TenantCaller caller, string seen, string sent, List<string> problems)
    {
        foreach (var token in Tokens(seen).Distinct())
        {
            if (world.OrgOfToken(token) is { } org && org != caller.Org && !sent.Contains(token, StringComparison.OrdinalIgnoreCase)
                && !world.Knows(caller.Org, token))
            {
                var what = world.Records.TryGetValue(token, out var record) ? $"a '{record.Table}' record" : "an organization id or marker";
                problems.Add($"{token}, {what} of org{org}, leaked to a caller of {(caller.Org < 0 ? "no organization" : $"org{caller.Org}")}");
            }
        }
    }

    private void CheckSecrets(TenantCaller caller, string seen, string sent, List<string> problems)
    {
        foreach (var secret in world.Secrets)
        {
            if (seen.Contains(secret.Value, StringComparison.Ordinal) && !sent.Contains(secret.Value, StringComparison.Ordinal) && !Sample.MaySee(secret, caller))
            {
                problems.Add($"{secret.Table}.{secret.Column} value '{secret.Value}' of org{secret.Org} (owner {secret.RowOwner ?? "none"}) shown unmasked");
            }
        }
    }

    private void CheckRow(PlannedRequest request, JsonObject row, List<string> problems)
    {
        var caller = request.Caller;
        var table = request.Table;
        var isPublic = Sample.PublicTables.Contains(table);
        var id = row["id"]?.ToString();
        if (!isPublic && caller.Org < 0)
        {
            problems.Add($"row {id} of '{table}' answered to a caller without an organization");
        }

        if (Sample.OrganizationColumns.TryGetValue(table, out var orgColumn) && row.ContainsKey(orgColumn) && caller.Org >= 0
            && !string.Equals(row[orgColumn]?.ToString(), world.Orgs[caller.Org].Id, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"row {id} of '{table}' has {orgColumn} {row[orgColumn]}, not the caller's org{caller.Org}");
        }

        var scope = Sample.OwnerScopes.GetValueOrDefault(table);
        if (scope is not null && row.ContainsKey(scope.Column))
        {
            var owner = row[scope.Column]?.ToString();
            var creates = request.Operation is Operation.Create or Operation.BatchCreate or Operation.StandaloneAction;
            if (creates ? owner != caller.OwnerId : !caller.SeesEveryOwner && !IsOwnersRow(owner, caller, scope))
            {
                problems.Add($"row {id} of owner-scoped '{table}' has {scope.Column} {owner ?? "null"}; the caller is {caller.OwnerId}");
            }
        }

        if (id is null || !world.Records.TryGetValue(id, out var fact))
        {
            if (id is not null && request.Operation is not (Operation.Create or Operation.BatchCreate or Operation.StandaloneAction))
            {
                problems.Add($"row {id} of '{table}' is no record the test created");
            }

            return;
        }

        if (!isPublic && fact.Org != caller.Org)
        {
            problems.Add($"row {id} of '{table}' belongs to org{fact.Org}");
        }

        if (fact.Deleted && request.Operation is not (Operation.Delete or Operation.BatchDelete))
        {
            problems.Add($"row {id} of '{table}' was deleted and appeared again");
        }

        if (scope is not null && !caller.SeesEveryOwner && !IsOwnersRow(fact.Owner, caller, scope))
        {
            problems.Add($"row {id} of owner-scoped '{table}' belongs to {fact.Owner ?? "nobody"}; the caller is {caller.OwnerId}");
        }
    }

    private static bool IsOwnersRow(string? owner, TenantCaller caller, OwnerScope scope) =>
        owner is null ? scope.Unassigned : string.Equals(owner, caller.OwnerId, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|tnt[0-9]+mk")]
    private static partial Regex Token();
}
