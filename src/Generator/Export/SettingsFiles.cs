using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary><c>appsettings.json</c>, <c>appsettings.Development.json</c> and <c>Properties/launchSettings.json</c>.</summary>
internal static class SettingsFiles
{
    public const string DevelopmentUrl = "http://localhost:5000";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    public static IEnumerable<ExportFile> Render(ApiDefinition definition)
    {
        var environments = definition.Project.Environments;
        yield return Json("appsettings.json", new JsonObject
        {
            ["Logging"] = new JsonObject
            {
                ["LogLevel"] = new JsonObject
                {
                    ["Default"] = "Information",
                    ["Microsoft.AspNetCore"] = "Warning",
                    ["Microsoft.EntityFrameworkCore"] = "Warning",
                },
            },
            ["AllowedHosts"] = "*",
            ["ConnectionStrings"] = new JsonObject { ["Default"] = "Data Source=app.db" },
            ["Database"] = new JsonObject { ["Provider"] = "sqlite" },
            ["Api"] = new JsonObject { ["Environment"] = environments.Count > 0 ? environments[^1] : "prod" },
        });
        yield return Json("appsettings.Development.json", new JsonObject
        {
            ["Api"] = new JsonObject
            {
                ["Environment"] = environments.Count > 0 ? environments[0] : "dev",
                // Only for a developer's machine: every other environment must set its own secret.
                ["SigningKey"] = $"development-only-signing-key-of-{definition.Project.Name}-never-use-in-production",
            },
        });
        yield return Json($"{ExportLayout.PropertiesFolder}/launchSettings.json", new JsonObject
        {
            ["profiles"] = new JsonObject
            {
                ["http"] = new JsonObject
                {
                    ["commandName"] = "Project",
                    ["launchBrowser"] = false,
                    ["applicationUrl"] = DevelopmentUrl,
                    ["environmentVariables"] = new JsonObject { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
                },
            },
        });
    }

    private static ExportFile Json(string path, JsonObject content) => new(path, content.ToJsonString(Indented) + "\n");
}
