using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>
/// Two versions of a small shop. v2 adds a table (tags), adds columns (phone, tier with a default, headcount,
/// soft delete's columns), renames a column (customers.mail to email) and a table (openings to jobs) by hint,
/// removes a column (customers.fax) and a table (legacy), changes a type (jobs.salary integer to real) and a
/// nullability (customers.vip becomes NOT NULL).
/// </summary>
internal static class ShopDefinitions
{
    public const string V1Json = """
        {
          "version": 1,
          "project": { "name": "shop" },
          "roles": [ { "name": "member" } ],
          "tables": [
            {
              "name": "customers",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "name", "type": "text", "nullable": false, "maxLength": 100 },
                { "name": "mail", "type": "text", "unique": true },
                { "name": "fax", "type": "text" },
                { "name": "vip", "type": "boolean" }
              ],
              "access": { "list": { "roles": ["member"] } }
            },
            {
              "name": "openings",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "title", "type": "text", "nullable": false },
                { "name": "code", "type": "text", "unique": true },
                { "name": "salary", "type": "integer" }
              ]
            },
            {
              "name": "legacy",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "note", "type": "text", "nullable": false }
              ]
            }
          ]
        }
        """;

    public const string V2Json = """
        {
          "version": 1,
          "project": { "name": "shop", "database": "postgres" },
          "roles": [ { "name": "member" } ],
          "tables": [
            {
              "name": "customers",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "name", "type": "text", "nullable": false, "maxLength": 100 },
                { "name": "email", "type": "text", "unique": true },
                { "name": "vip", "type": "boolean", "nullable": false, "default": false },
                { "name": "phone", "type": "text" },
                { "name": "tier", "type": "text", "nullable": false, "default": "basic" }
              ],
              "softDelete": true
            },
            {
              "name": "jobs",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "title", "type": "text", "nullable": false },
                { "name": "code", "type": "text", "unique": true },
                { "name": "salary", "type": "real" },
                { "name": "headcount", "type": "integer", "nullable": false, "default": 1 }
              ]
            },
            {
              "name": "tags",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "label", "type": "text", "nullable": false, "unique": true }
              ]
            }
          ],
          "renames": [
            { "kind": "table", "from": "openings", "to": "jobs" },
            { "kind": "column", "table": "customers", "from": "mail", "to": "email" }
          ]
        }
        """;

    public static ApiDefinition V1 => Parse(V1Json);

    public static ApiDefinition V2 => Parse(V2Json);

    /// <summary>v2 without its rename hints: the same names vanish and appear, but nothing says they were renamed.</summary>
    public static ApiDefinition V2WithoutHints => V2 with { Renames = [] };

    public static ApiDefinition Parse(string json) =>
        DefinitionJson.Parse(json).Definition ?? throw new InvalidOperationException("Test definition does not parse.");

    public static ApiDefinition Sample(string file) => Parse(File.ReadAllText(Path.Combine(ApiStudio.Runtime.Tests.RepositoryPaths.Samples, file)));
}
