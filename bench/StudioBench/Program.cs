// Times the two operations the Studio's editor depends on, on a 100-table design:
// validating it (on every edit) and saving it as a revision (on every save).
// Each figure is a median over many runs after a warm-up, with a baseline timed in the same run.
using ApiStudio.Bench;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

const int Tables = 100;
const double ValidateTargetMs = 20;
const double SaveTargetMs = 100;

var definition = SyntheticDefinition.Build(Tables);
var json = DefinitionJson.Serialize(definition);
var diagnostics = DefinitionValidator.Validate(definition);
if (diagnostics.Any(d => d.IsError))
{
    Console.Error.WriteLine("The synthetic design has errors; fix SyntheticDefinition:");
    foreach (var diagnostic in diagnostics.Where(d => d.IsError).Take(10))
    {
        Console.Error.WriteLine("  " + diagnostic);
    }

    return 1;
}

Console.WriteLine($"Design: {Tables} tables, {definition.Tables.Sum(t => t.Columns.Count)} columns, {json.Length / 1024.0:0} KB of api.json, {diagnostics.Count} warnings");
Console.WriteLine($"Runtime: .NET {Environment.Version}, {Environment.ProcessorCount} cores");
Console.WriteLine();

// Validation against serialization: both walk the whole design once.
var serialize = await Measurement.MedianMilliseconds(50, 301, () => DefinitionJson.Serialize(definition));
var validate = await Measurement.MedianMilliseconds(50, 301, () => DefinitionValidator.Validate(definition));

// Saving through the store against a bare insert of the same JSON into the same SQLite file.
var folder = Path.Combine(Path.GetTempPath(), "studio-bench-" + Guid.NewGuid().ToString("N"));
var connectionString = $"Data Source={Path.Combine(folder, "studio.db")}";
double rawInsert, save;
await using (var services = new ServiceCollection().AddProjectStore(StoreProvider.Sqlite, connectionString).BuildServiceProvider())
{
    await services.GetRequiredService<StoreSchema>().MigrateAsync();
    var store = services.GetRequiredService<ProjectStore>();
    var project = (await store.CreateAsync("bench", definition, "Created")).Project!;

    await using (var setup = new SqliteConnection(connectionString))
    {
        await setup.OpenAsync();
        await using var create = setup.CreateCommand();
        create.CommandText = "CREATE TABLE raw_revisions (number INTEGER PRIMARY KEY, definition_json TEXT NOT NULL);";
        await create.ExecuteNonQueryAsync();
    }

    rawInsert = await Measurement.MedianMillisecondsAsync(20, 201, async run =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO raw_revisions (number, definition_json) VALUES ($number, $json);";
        insert.Parameters.AddWithValue("$number", run + 1);
        insert.Parameters.AddWithValue("$json", json);
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    });

    var latest = 1;
    save = await Measurement.MedianMillisecondsAsync(20, 201, async _ =>
    {
        var result = await store.SaveAsync(project.Id, latest, definition, "bench");
        latest = result.Revision!.Number;
    });
}

SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

Console.WriteLine("| operation | median | target | baseline (same run) | baseline median | ratio |");
Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: |");
Row("DefinitionValidator.Validate", validate, ValidateTargetMs, "DefinitionJson.Serialize", serialize);
Row("ProjectStore.SaveAsync (SQLite)", save, SaveTargetMs, "raw SQLite INSERT of the same JSON", rawInsert);

var met = validate < ValidateTargetMs && save < SaveTargetMs;
Console.WriteLine();
Console.WriteLine(met ? "Both targets met." : "A target was missed.");
return met ? 0 : 2;

static void Row(string operation, double median, double target, string baseline, double baselineMedian) =>
    Console.WriteLine($"| {operation} | {median:0.00} ms | < {target:0} ms | {baseline} | {baselineMedian:0.00} ms | {median / baselineMedian:0.0}x |");
