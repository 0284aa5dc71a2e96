using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Simulator;

/// <summary>Paths the request composer completes: every endpoint of every table, with sample ids of both organizations.</summary>
public static class RequestPaths
{
    public static IReadOnlyList<string> For(ApiDefinition definition, IReadOnlyList<SampleRecord> records)
    {
        var basePath = definition.Project.BasePath;
        var paths = new List<string> { $"{basePath}/auth/me", $"{basePath}/organizations" };
        foreach (var table in definition.Tables)
        {
            var root = $"{basePath}/{table.Name}";
            paths.Add(root);
            paths.Add($"{root}?limit=10&total=true");
            paths.Add($"{root}/batch");
            paths.AddRange(table.Views.Select(v => $"{root}/views/{v.Name}"));
            foreach (var record in records.Where(r => r.Table == table.Name).Take(4))
            {
                paths.Add($"{root}/{record.Id}");
                paths.AddRange(table.Actions.Where(a => a.Scope == ActionScope.Record).Select(a => $"{root}/{record.Id}/{a.Name}"));
            }

            paths.AddRange(table.Actions.Where(a => a.Scope == ActionScope.Standalone).Select(a => $"{root}/actions/{a.Name}"));
        }

        return paths;
    }
}
