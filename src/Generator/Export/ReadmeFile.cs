using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Organizations;

namespace ApiStudio.Generator.Export;

/// <summary><c>README.md</c>: how to run the API, configure it, get a first user, organization and key, and what each layer answers.</summary>
internal static class ReadmeFile
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExportFile Render(ApiDefinition definition, ExportNames names, ApiDefinition? previous)
    {
        var project = definition.Project;
        var top = OrganizationRoles.Top(definition);
        var roles = OrganizationRoles.Declared(definition).Order(StringComparer.Ordinal).ToList();
        var member = definition.RoleHierarchy.Count > 0 ? definition.RoleHierarchy[0] : roles.FirstOrDefault() ?? top;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# {project.Name}");
        Line();
        if (!string.IsNullOrWhiteSpace(project.Description))
        {
            Line(project.Description.Trim());
            Line();
        }

        Line("A standalone ASP.NET Core API exported by API Studio from `api.json`. It runs the same runtime as the Studio's simulator");
        Line($"(its sources are under `{ExportLayout.RuntimeFolder}/`), so every request passes the same security layers and gets the same error bodies.");
        Line();
        Line("## Run it");
        Line();
        Line("```sh");
        Line("dotnet run");
        Line("```");
        Line();
        Line($"serves the API on {SettingsFiles.DevelopmentUrl} with a SQLite database in `app.db` (created and migrated at start-up):");
        Line();
        Line($"- `{project.BasePath}/...`: the tables ({string.Join(", ", definition.Tables.Select(t => $"`{t.Name}`"))}) and the account endpoints (`auth`, `organizations`)");
        Line("- `/docs`: Swagger UI over `/openapi.json` (also in this folder as `openapi.json`), with every error each operation can answer");
        Line("- `/health`: `{\"status\":\"ok\"}` when the API and its database answer");
        Line();
        Line("`dotnet run` uses the Development settings (`Properties/launchSettings.json`), whose signing key is for a developer's machine only.");
        Line();
        Line("## Configuration");
        Line();
        Line("| setting | environment variable | meaning |");
        Line("| --- | --- | --- |");
        Line("| `Api:SigningKey` | `Api__SigningKey` | Secret (at least 32 characters) that signs access tokens. Required outside Development. |");
        Line($"| `Api:Environment` | `Api__Environment` | The environment this deployment serves ({string.Join(", ", project.Environments.Select(e => $"`{e}`"))}); API keys of another environment are refused. |");
        Line("| `ConnectionStrings:Default` | `ConnectionStrings__Default` | The database; `Data Source=app.db` by default. |");
        Line("| `Database:Provider` | `Database__Provider` | `sqlite` (default) or `postgres`. |");
        Line("| | `EXPOSE_ERROR_STACK=1` | 500 bodies carry the full stack trace in `details.stack` (dev and staging only). |");
        Line();
        Line("### PostgreSQL");
        Line();
        Line("```sh");
        Line($"export ConnectionStrings__Default=\"Host=localhost;Port=5432;Database={project.Name.Replace('-', '_')};Username=postgres;Password=postgres\"");
        Line("export Database__Provider=postgres");
        Line("export Api__SigningKey=\"$(openssl rand -base64 48)\"");
        Line("dotnet run");
        Line("```");
        Line();
        Line("or in `appsettings.json`: `\"ConnectionStrings\": { \"Default\": \"Host=...;Database=...;Username=...;Password=...\" }` and `\"Database\": { \"Provider\": \"postgres\" }`.");
        Line("The database must exist; the tables are created by the migrations at start-up.");
        Line();
        Line("## First user, organization and API key");
        Line();
        Line($"Rows are isolated per organization. The user who creates an organization becomes its `{top}`; members are added with a role ({string.Join(", ", roles.Select(r => $"`{r}`"))}).");
        Line("The commands below use `jq` to pick fields out of the answers.");
        Line();
        Line("```sh");
        Line($"BASE={SettingsFiles.DevelopmentUrl}{project.BasePath}");
        Line("# 1. Sign up: the answer holds an access token (short-lived), a refresh token and the user.");
        Line("TOKEN=$(curl -s -X POST $BASE/auth/signup -H 'Content-Type: application/json' \\");
        Line("  -d '{\"email\":\"ann@example.com\",\"password\":\"correct horse battery\"}' | jq -r .accessToken)");
        Line($"# 2. Create an organization; you become its {top}.");
        Line("ORG=$(curl -s -X POST $BASE/organizations -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        Line("  -d '{\"name\":\"Acme\"}' | jq -r .id)");
        Line("# 3. Sign in to the organization: this token acts in it.");
        Line("TOKEN=$(curl -s -X POST $BASE/auth/signin -H 'Content-Type: application/json' \\");
        Line("  -d \"{\\\"email\\\":\\\"ann@example.com\\\",\\\"password\\\":\\\"correct horse battery\\\",\\\"organizationId\\\":\\\"$ORG\\\"}\" | jq -r .accessToken)");
        Line($"# 4. Add a member (who has signed up already) with a role.");
        Line("curl -s -X POST $BASE/organizations/$ORG/members -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        Line($"  -d '{{\"email\":\"bob@example.com\",\"role\":\"{member}\"}}'");
        Line("# 5. Create a secret API key (shown once): send it as a bearer token from servers.");
        Line("curl -s -X POST $BASE/organizations/$ORG/api-keys -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        Line($"  -d '{{\"kind\":\"secret\",\"scopes\":[\"*:read\"],\"environment\":\"{(project.Environments.Count > 0 ? project.Environments[0] : "dev")}\"}}'");
        Line("```");
        Line();
        Line("`POST $BASE/auth/refresh` with `{\"refreshToken\": ...}` gives a new access token; `GET $BASE/auth/me` shows who a token is.");
        Line();
        Line("A secret key (`sk_`) passes every role rule of its organization and belongs on servers. A publishable key (`\"kind\":\"publishable\"`, `pk_`) is made to ship in a browser:");
        Line("it only reads (list, get, views; write scopes are refused when the key is created) and acts with the least privileged role"
            + (OrganizationRoles.Base(definition) is { } baseRole ? $" (`{baseRole}`)." : ", which this API does not have: it reaches PUBLIC operations only."));
        Line();
        Line("## What each security layer answers");
        Line();
        Line("Requests pass authentication (401), rate limit (429), firewall (403/404), access (403), guards (400), validation (400) and the database (400/409/500) in that order;");
        Line("the first layer that refuses answers, with its layer and code in the body.");
        foreach (var example in LayerExamples.For(definition))
        {
            Line();
            Line($"### {example.Status} {example.Code}: {example.Title}");
            Line();
            Line(example.Explanation);
            Line();
            Line("```sh");
            Line(example.Curl);
            Line("```");
            Line();
            Line("```json");
            Line(example.Body.ToJsonString(Pretty).ReplaceLineEndings("\n"));
            Line("```");
        }

        Line();
        Line("## Custom code");
        Line();
        Line($"Everything under `{ExportLayout.CustomFolder}/` is yours: an export writes a file there only when it is missing, and never changes or deletes one.");
        if (names.Handlers.Count > 0)
        {
            Line("Each action has a partial handler class in two files: the generated half (rewritten by every export) and yours:");
            Line();
            foreach (var handler in names.Handlers)
            {
                Line($"- `{handler.Table.Name}.{handler.Action.Name}`: `{handler.GeneratedPath}` and `{handler.CustomPath}` (`ExecuteAsync`)");
            }
        }

        Line();
        Line($"Entity classes (`{ExportLayout.EntitiesFolder}/`) are partial too: add members in a partial class under `{ExportLayout.CustomFolder}/`. Re-exporting into this folder");
        Line("(`export api.json --out DIR --force`) replaces the generated files and folders, keeps `Custom/`, and leaves other files (such as `app.db`) where they are.");
        Line();
        Line("## Migrations");
        Line();
        Line($"`{ExportLayout.MigrationsFolder}/sqlite/` and `{ExportLayout.MigrationsFolder}/postgres/` hold SQL scripts applied at start-up in name order; each runs in one transaction and");
        Line("records its id in `__api_migrations`, so it runs once. By hand: `sqlite3 -bail app.db < file.sql` or `psql -v ON_ERROR_STOP=1 -f file.sql`.");
        Line(previous is null
            ? "This export has the initial schema only. After changing the design, export with `--previous old-api.json` (the api.json of the version your databases run) to add the script that moves them to the new version."
            : "This export carries the initial schema of the previous version and the script that moves a database from that version to this one: a database must run the previous version before it is upgraded.");
        Line("Migrations only add and rename (renames come from the definition's `renames` hints); a removed column or table stays in the database, and the script says so.");
        Line();
        Line("## Layout");
        Line();
        Line("| path | what |");
        Line("| --- | --- |");
        Line("| `Program.cs` | start-up: configuration, database, migrations, runtime |");
        Line("| `api.json` | the design, read at start-up and validated |");
        Line($"| `{ExportLayout.EntitiesFolder}/` | one class per table and the table model binding them to EF Core |");
        Line($"| `{ExportLayout.ActionsFolder}/`, `{ExportLayout.CustomFolder}/` | action handlers: generated halves, and yours |");
        Line($"| `{ExportLayout.MigrationsFolder}/` | the SQL migrations per provider |");
        Line($"| `{ExportLayout.RuntimeFolder}/` | the API Studio runtime: the security layers, endpoints, errors, OpenAPI |");
        return new ExportFile("README.md", text.ToString());
    }
}
