using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Picks the next request of the random phase: an operation by weight, a table that has it, a caller, and the
/// record it addresses: mostly one of the caller's organization, often one of another, sometimes a deleted one
/// or an id that was never issued.
/// </summary>
public sealed class RequestPlanner
{
    private readonly TenantWorld world;
    private readonly Random random;
    private readonly BodyFactory bodies;
    private readonly ListQueryFactory queries;
    private readonly List<(Operation Operation, int Weight)> weights;

    public RequestPlanner(TenantWorld world, Random random)
    {
        this.world = world;
        this.random = random;
        bodies = new BodyFactory(world, random);
        queries = new ListQueryFactory(world, random);
        var tables = world.Definition.Tables;
        weights =
        [
            (Operation.List, 16), (Operation.Get, 12), (Operation.Create, 12), (Operation.Update, 12), (Operation.Delete, 5),
            (Operation.BatchCreate, 6), (Operation.BatchUpdate, 6), (Operation.BatchDelete, 4), (Operation.View, 10),
            (Operation.RecordAction, 10),
        ];
        if (tables.Any(t => t.Actions.Any(a => a.Scope == ActionScope.Standalone)))
        {
            weights.Add((Operation.StandaloneAction, 5));
        }
    }

    public PlannedRequest Next()
    {
        var operation = PickOperation();
        var caller = world.Callers[random.Next(world.Callers.Count)];
        var table = PickTable(operation);
        var hostile = random.NextDouble() < 0.25;
        var path = "/" + table.Name;
        switch (operation)
        {
            case Operation.List:
            {
                var query = queries.Create(table, Runtime.Definition.SystemColumns.EffectiveColumns(table), caller);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Get, path + query.Text, null) { QueriedColumns = query.QueriedColumns };
            }

            case Operation.View:
            {
                var view = table.Views[random.Next(table.Views.Count)];
                var columns = table.Columns.Where(c => c.PrimaryKey || view.Fields.Contains(c.Name) || random.NextDouble() < 0.05).ToList();
                var query = queries.Create(table, columns, caller);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Get, $"{path}/views/{view.Name}{query.Text}", null)
                    { QueriedColumns = query.QueriedColumns };
            }

            case Operation.Get:
            {
                var id = PickId(table.Name, caller);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Get, $"{path}/{id}", null) { TargetId = id };
            }

            case Operation.Create:
            {
                var body = bodies.Create(table, caller, hostile);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Post, path, body) { Items = [body] };
            }

            case Operation.Update:
            {
                var id = PickId(table.Name, caller);
                var body = bodies.Update(table, caller, hostile);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Patch, $"{path}/{id}", body) { Items = [body], TargetId = id };
            }

            case Operation.Delete:
            {
                var id = PickId(table.Name, caller);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Delete, $"{path}/{id}", null) { TargetId = id };
            }

            case Operation.BatchCreate:
            {
                var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => bodies.Create(table, caller, random.NextDouble() < 0.2)).ToList();
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Post, path + "/batch", Batch("records", items)) { Items = items };
            }

            case Operation.BatchUpdate:
            {
                var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                {
                    var item = bodies.Update(table, caller, random.NextDouble() < 0.2);
                    item["id"] = PickId(table.Name, caller);
                    return item;
                }).ToList();
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Patch, path + "/batch", Batch("records", items)) { Items = items };
            }

            case Operation.BatchDelete:
            {
                var ids = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (JsonNode?)PickId(table.Name, caller)).ToList();
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Delete, path + "/batch", Batch("ids", ids));
            }

            case Operation.RecordAction:
            {
                var actions = table.Actions.Where(a => a.Scope == ActionScope.Record).ToList();
                var action = actions[random.Next(actions.Count)];
                var id = PickId(table.Name, caller, own: 0.85);
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Post, $"{path}/{id}/{action.Name}", bodies.ActionInput(table, action, caller))
                    { TargetId = id };
            }

            default:
            {
                var actions = table.Actions.Where(a => a.Scope == ActionScope.Standalone).ToList();
                var action = actions[random.Next(actions.Count)];
                return new PlannedRequest(operation, table.Name, caller, HttpMethod.Post, $"{path}/actions/{action.Name}", bodies.ActionInput(table, action, caller));
            }
        }
    }

    private JsonObject Batch<T>(string field, IEnumerable<T> items) where T : JsonNode?
    {
        var body = new JsonObject { [field] = new JsonArray(items.Select(i => i?.DeepClone()).ToArray()) };
        if (random.NextDouble() < 0.7)
        {
            body["options"] = new JsonObject { ["atomic"] = random.Next(2) == 0 };
        }

        return body;
    }

    private Operation PickOperation()
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (operation, weight) in weights)
        {
            if ((roll -= weight) < 0)
            {
                return operation;
            }
        }

        return Operation.List;
    }

    private TableDefinition PickTable(Operation operation)
    {
        var tables = world.Definition.Tables.Where(t => operation switch
        {
            Operation.View => t.Views.Count > 0,
            Operation.RecordAction => t.Actions.Any(a => a.Scope == ActionScope.Record),
            Operation.StandaloneAction => t.Actions.Any(a => a.Scope == ActionScope.Standalone),
            _ => true,
        }).ToList();
        return tables[random.Next(tables.Count)];
    }

    /// <param name="own">How often a record of the caller's organization is picked; the rest splits between another
    /// organization's, a deleted one and an id never issued.</param>
    private string PickId(string table, TenantCaller caller, double own = 0.6)
    {
        var roll = random.NextDouble();
        var rest = (1 - own) / 0.4;
        var all = world.Records.Values.Where(r => r.Table == table).ToList();
        var live = all.Where(r => !r.Deleted).ToList();
        var mine = live.Where(r => r.Org < 0 || r.Org == caller.Org).ToList();
        var foreign = live.Where(r => r.Org >= 0 && r.Org != caller.Org).ToList();
        var deleted = all.Where(r => r.Deleted).ToList();
        var pool = roll switch
        {
            _ when roll < own && mine.Count > 0 => mine,
            _ when roll < own + 0.25 * rest && foreign.Count > 0 => foreign,
            _ when roll < own + 0.35 * rest && deleted.Count > 0 => deleted,
            _ => [],
        };
        return pool.Count > 0 ? pool[random.Next(pool.Count)].Id : Guid.NewGuid().ToString();
    }
}
