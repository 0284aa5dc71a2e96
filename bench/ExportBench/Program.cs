// Times exporting a 200-table design (the in-memory project: every file, the runtime's sources, the migrations
// for both providers, the OpenAPI document and the README), as a median after a warm-up, against serializing
// the same design to api.json; and, with --first-response, the time from export to the first 200 of the
// built app (the CRM sample: export and write, dotnet build, start, /health).
using System.Diagnostics;
using System.Runtime;
using ApiStudio.Bench;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.OpenApi;
using ApiStudio.Runtime.Validation;

const int Tables = 200;
const double ExportTargetMs = 1000;

var definition = SyntheticDefinition.Build(Tables);
var errors = DefinitionValidator.Validate(definition).Where(d => d.IsError).ToList();
if (errors.Count > 0)
{
    Console.Error.WriteLine("The synthetic design has errors: " + string.Join("; ", errors.Take(5)));
    return 1;
}

// The first export in this process: every method it calls is compiled on the way (as for the first export after
// the Studio starts, or for a run of the command line).
var coldStarted = Stopwatch.GetTimestamp();
var project = ProjectExporter.Export(definition);
var coldMs = Stopwatch.GetElapsedTime(coldStarted).TotalMilliseconds;
Console.WriteLine($"Design: {Tables} tables, {definition.Tables.Sum(t => t.Columns.Count)} columns, {DefinitionJson.Serialize(definition).Length / 1024.0:0} KB of api.json");
Console.WriteLine($"Export: {project.Files.Count} files, {project.Files.Sum(f => (long)f.Content.Length) / 1024.0 / 1024.0:0.0} MB " +
    $"(openapi.json {project.Content("openapi.json").Length / 1024.0 / 1024.0:0.0} MB)");
Console.WriteLine($"Runtime: .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
Console.WriteLine();

var serialize = await Measurement.MedianMilliseconds(5, 31, () => DefinitionJson.Serialize(definition));
var export = WallAndCpu.Medians(5, 11, () => ProjectExporter.Export(definition));
var openApi = WallAndCpu.Medians(5, 11, () => OpenApiDocumentBuilder.Serialize(definition));
var migrations = WallAndCpu.Medians(5, 11, () => MigrationFiles.Render(definition, null));
var zip = WallAndCpu.Medians(5, 11, () => ZipPackager.Package(project));

Console.WriteLine($"Load average at the end: {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| operation | median | CPU time (median, all threads) | target | ratio to DefinitionJson.Serialize | warm-up runs |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
Console.WriteLine($"| DefinitionJson.Serialize (baseline) | {serialize:0.0} ms | | | 1x | 5 |");
Console.WriteLine($"| ProjectExporter.Export | {export.WallMs:0.0} ms | {export.CpuMs:0} ms | < {ExportTargetMs:0} ms | {export.WallMs / serialize:0}x | {export.WarmUpRuns} |");
Console.WriteLine($"| OpenApiDocumentBuilder.Serialize alone (runs alongside) | {openApi.WallMs:0.0} ms | {openApi.CpuMs:0} ms | | {openApi.WallMs / serialize:0}x | {openApi.WarmUpRuns} |");
Console.WriteLine($"| MigrationFiles.Render alone, both providers (runs alongside) | {migrations.WallMs:0.0} ms | {migrations.CpuMs:0} ms | | {migrations.WallMs / serialize:0}x | {migrations.WarmUpRuns} |");
Console.WriteLine($"| ZipPackager.Package of the export | {zip.WallMs:0.0} ms | {zip.CpuMs:0} ms | | {zip.WallMs / serialize:0}x | {zip.WarmUpRuns} |");
Console.WriteLine($"| ProjectExporter.Export, the first in this process (JIT included) | {coldMs:0.0} ms | | | {coldMs / serialize:0}x | 0 |");

if (args.Contains("--first-response"))
{
    var crm = DefinitionJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "crm.api.json"))).Definition!;
    var phases = await FirstResponse.MeasureAsync(crm);
    Console.WriteLine();
    Console.WriteLine($"CRM export to first 200: {phases.Total.TotalSeconds:0.0} s (export and write {phases.Export.TotalMilliseconds:0} ms, " +
        $"dotnet build {phases.Build.TotalSeconds:0.0} s, start to /health 200 {phases.Start.TotalMilliseconds:0} ms)");
}

return export.WallMs < ExportTargetMs ? 0 : 2;

// The machine's 1-minute load average, where the OS reports it: how much else competed for the cores.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
