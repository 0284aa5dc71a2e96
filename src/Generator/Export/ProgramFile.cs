namespace ApiStudio.Generator.Export;

/// <summary>
/// <c>Program.cs</c>: loads api.json, reads the runtime's settings from configuration, binds the generated
/// table model on SQLite or PostgreSQL, applies pending migrations and puts the runtime on the app.
/// </summary>
internal static class ProgramFile
{
    public static ExportFile Render(ExportNames names)
    {
        var code = new CodeWriter();
        code.Lines([
            "using ApiStudio.Runtime.Hosting;",
            "using ApiStudio.Runtime.Migrations;",
            $"using {names.ActionsNamespace};",
            $"using {names.EntitiesNamespace};",
            $"using {names.HostingNamespace};",
            "using Microsoft.EntityFrameworkCore;",
            "",
            "var builder = WebApplication.CreateBuilder(args);",
            "var configuration = builder.Configuration;",
            $"var definition = {DefinitionLoaderFile.ClassName}.Load(Path.Combine(builder.Environment.ContentRootPath, \"api.json\"));",
            "",
            "var options = new RuntimeOptions",
            "{",
            "    Definition = definition,",
            "    SigningKey = configuration[\"Api:SigningKey\"]",
            "        ?? throw new InvalidOperationException(\"Set Api:SigningKey (environment variable Api__SigningKey) to a secret of at least 32 characters.\"),",
            "    Environment = configuration[\"Api:Environment\"] ?? definition.Project.Environments[^1],",
            "    ExposeErrorStack = definition.Project.ExposeErrorStack || configuration[\"EXPOSE_ERROR_STACK\"] == \"1\",",
            "};",
            "",
            "var connectionString = configuration.GetConnectionString(\"Default\") ?? \"Data Source=app.db\";",
            "var provider = configuration[\"Database:Provider\"] ?? \"sqlite\";",
            "builder.Services.AddApiRuntime(options, new GeneratedTableModel(), database => _ = provider switch",
            "{",
            "    \"sqlite\" => database.UseSqlite(connectionString),",
            "    \"postgres\" => database.UseNpgsql(connectionString),",
            "    _ => throw new InvalidOperationException($\"Database:Provider is '{provider}'; use sqlite or postgres.\"),",
            "});",
            "builder.Services.AddActionHandlers();",
            "",
            "var app = builder.Build();",
            "await app.ApplyMigrationsAsync();",
            "app.UseApiRuntime();",
            "app.Run();",
        ]);
        return new ExportFile("Program.cs", code.ToString());
    }
}
