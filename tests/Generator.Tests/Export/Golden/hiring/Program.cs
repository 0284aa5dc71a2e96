using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Migrations;
using Hiring.Actions;
using Hiring.Entities;
using Hiring.Hosting;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var definition = ApiDefinitionFile.Load(Path.Combine(builder.Environment.ContentRootPath, "api.json"));

var options = new RuntimeOptions
{
    Definition = definition,
    SigningKey = configuration["Api:SigningKey"]
        ?? throw new InvalidOperationException("Set Api:SigningKey (environment variable Api__SigningKey) to a secret of at least 32 characters."),
    Environment = configuration["Api:Environment"] ?? definition.Project.Environments[^1],
    ExposeErrorStack = definition.Project.ExposeErrorStack || configuration["EXPOSE_ERROR_STACK"] == "1",
};

var connectionString = configuration.GetConnectionString("Default") ?? "Data Source=app.db";
var provider = configuration["Database:Provider"] ?? "sqlite";
builder.Services.AddApiRuntime(options, new GeneratedTableModel(), database => _ = provider switch
{
    "sqlite" => database.UseSqlite(connectionString),
    "postgres" => database.UseNpgsql(connectionString),
    _ => throw new InvalidOperationException($"Database:Provider is '{provider}'; use sqlite or postgres."),
});
builder.Services.AddActionHandlers();

var app = builder.Build();
await app.ApplyMigrationsAsync();
app.UseApiRuntime();
app.Run();
