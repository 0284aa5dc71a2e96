using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Builds the API's OpenAPI 3.1 document from its definition alone, so the Studio's preview, the
/// exported project's file and the running API's <c>/openapi.json</c> are one document. Every operation
/// lists who may call it and every error it can answer, with example bodies written by the runtime's own
/// error writer. The same definition always gives byte-identical JSON.
/// </summary>
public static class OpenApiDocumentBuilder
{
    public const string OpenApiVersion = "3.1.0";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Role references (sales+), conditions ('won') and markdown read as written, not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Build(ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var context = new OpenApiContext(definition);
        ErrorSchemas.Add(context);
        SharedSchemas.Add(context);
        AuthSchemas.Add(context);
        SharedParameters.Add(context);

        var paths = new JsonObject();
        var baseNames = TableSchemas.ClaimBaseNames(context);
        for (var i = 0; i < definition.Tables.Count; i++)
        {
            var fields = new TableFields(definition.Tables[i]);
            var names = TableSchemas.Add(context, fields, baseNames[i].Singular, baseNames[i].Plural);
            TablePaths.Add(context, paths, fields, names);
        }

        AuthPaths.Add(context, paths);
        AuthPaths.AddHealth(context, paths);

        var project = definition.Project;
        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = new JsonObject
            {
                ["title"] = project.Name,
                ["description"] = Description(project),
                ["version"] = VersionOf(project.BasePath),
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = project.BasePath, ["description"] = "The API's base path on this host." }),
            ["security"] = SecuritySchemes.AnyOf(),
            ["tags"] = Tags(definition),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = context.Schemas,
                ["responses"] = context.Responses.Components,
                ["parameters"] = context.Parameters,
                ["examples"] = context.Examples.Components,
                ["securitySchemes"] = SecuritySchemes.Schemes(context),
            },
        };
    }

    /// <summary>The document as indented UTF-8 JSON text ending in a newline: what <c>/openapi.json</c> serves and exports write.</summary>
    public static string Serialize(ApiDefinition definition) => Build(definition).ToJsonString(WriteOptions) + "\n";

    private static string Description(ProjectSettings project)
    {
        var dialect = project.ErrorDialect switch
        {
            ErrorDialect.Envelope => "the envelope `{\"success\": false, \"error\": {\"code\": \"domain/name\", \"message\", \"layer\", \"reason\", ...}}`",
            ErrorDialect.Problem => "RFC 9457 problem details (`application/problem+json`) with `layer` and `code`",
            _ => "the flat body `{\"error\", \"layer\", \"code\", \"details\", \"hint\", \"request\"}`",
        };
        var intro = string.IsNullOrWhiteSpace(project.Description) ? "" : project.Description.Trim() + "\n\n";
        return intro
            + "Requests pass the security layers in order: authentication (401), rate limit (429), firewall (403, or 404 where a table hides), "
            + "access (403), guards (400), validation (400), database (400/409/500). Every error names its layer and code in "
            + dialect + "; each operation lists the codes it can answer, with an example body for each, and says who may call it (`x-access`). "
            + "Operations share their error responses and example bodies (`components/responses`, `components/examples`); in a table's examples the `request` block writes the table as "
            + "`{table}` and the record as `{id}`.";
    }

    /// <summary>The version segment of the base path (<c>/api/v2</c> gives <c>v2</c>), else 1.0.0.</summary>
    private static string VersionOf(string basePath)
    {
        var last = basePath.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        return last.Length > 1 && last[0] == 'v' && last[1..].All(char.IsAsciiDigit) ? last : "1.0.0";
    }

    private static JsonArray Tags(ApiDefinition definition)
    {
        var tags = new JsonArray();
        foreach (var table in definition.Tables)
        {
            var tag = new JsonObject { ["name"] = table.Name };
            if (table.Description is { } description)
            {
                tag["description"] = description;
            }

            tags.Add(tag);
        }

        tags.Add(new JsonObject { ["name"] = AuthPaths.AuthTag, ["description"] = "Sign-up, sign-in, tokens and the signed-in caller." });
        tags.Add(new JsonObject { ["name"] = AuthPaths.OrganizationsTag, ["description"] = "Organizations, their members and roles, and their API keys." });
        tags.Add(new JsonObject { ["name"] = AuthPaths.HealthTag, ["description"] = "Whether the API and its database answer." });
        return tags;
    }
}
