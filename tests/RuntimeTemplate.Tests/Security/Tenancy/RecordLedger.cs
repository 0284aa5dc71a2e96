using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>Brings the world up to date after a response: new rows with their organization and owner, secrets stored, rows deleted.</summary>
public sealed class RecordLedger(TenantWorld world)
{
    public void Apply(PlannedRequest request, int status, JsonNode? json)
    {
        if (json is null || status is < 200 or >= 300)
        {
            return;
        }

        var rows = ResponseInvariants.Rows(request.Operation, json).ToList();
        switch (request.Operation)
        {
            case Operation.Create:
                Register(request, rows[0], request.Items[0]);
                break;
            case Operation.StandaloneAction:
                Register(request, rows[0], null);
                break;
            case Operation.BatchCreate:
                var failed = (json["errors"] as JsonArray ?? []).Select(e => e!["index"]!.GetValue<int>()).ToHashSet();
                var succeeded = Enumerable.Range(0, request.Items.Count).Where(i => !failed.Contains(i)).ToList();
                for (var i = 0; i < rows.Count; i++)
                {
                    Register(request, rows[i], request.Items[succeeded[i]]);
                }

                break;
            case Operation.Update or Operation.BatchUpdate:
                foreach (var row in rows)
                {
                    var id = row["id"]!.ToString();
                    var item = request.Items.FirstOrDefault(i => i["id"]?.ToString() == id) ?? request.Items[0];
                    if (world.Records.TryGetValue(id, out var fact))
                    {
                        AddSecrets(request.Table, item, fact.Org, fact.Owner);
                    }
                }

                break;
            case Operation.Delete or Operation.BatchDelete:
                foreach (var row in rows)
                {
                    if (world.Records.TryGetValue(row["id"]!.ToString(), out var fact))
                    {
                        fact.Deleted = true;
                    }
                }

                break;
        }
    }

    public void Register(PlannedRequest request, JsonObject row, JsonObject? item)
    {
        var table = request.Table;
        var org = world.Sample.PublicTables.Contains(table) ? -1 : request.Caller.Org;
        var owner = !world.Sample.OwnerScopes.TryGetValue(table, out var scope) ? null
            : row.ContainsKey(scope.Column) ? row[scope.Column]?.ToString()
            : request.Caller.OwnerId;
        world.AddRecord(new RecordFact(row["id"]!.ToString(), table, org, owner));
        if (item is not null)
        {
            AddSecrets(table, item, org, owner);
        }
    }

    private void AddSecrets(string table, JsonObject item, int org, string? owner)
    {
        foreach (var (column, value) in item)
        {
            if (world.Sample.MaskOf(table, column) is not null && value is JsonValue scalar)
            {
                var text = scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString();
                world.AddSecret(new SecretFact(text, table, column, org, owner));
            }
        }
    }
}
