using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// The API the error contract is checked against: the CRM sample cut down, plus one small table per way of
/// failing that the sample cannot reach (owner-only notes, feedback whose imported rows have no owner, a hide-mode table, a column
/// the guards forbid but the database requires, a public table with a tiny read limit).
/// </summary>
public static class ContractDefinition
{
    /// <summary>Sign-ins (and sign-ups) per client address and minute: small, so AUTH_RATE_LIMITED is one request away.</summary>
    public const int SignInLimit = 3;

    /// <summary>Reads of <c>pings</c> per caller and minute.</summary>
    public const int PingReadLimit = 2;

    public const int MaxBatchSize = 3;

    private static readonly string Json = $$"""
        {
          "version": 1,
          "project": {
            "name": "contract",
            "maxBatchSize": {{MaxBatchSize}},
            "rateLimits": { "read": 5000, "create": 5000, "update": 5000, "delete": 5000, "signIn": {{SignInLimit}} }
          },
          "roles": [ { "name": "viewer" }, { "name": "sales" }, { "name": "manager" }, { "name": "admin" } ],
          "roleHierarchy": ["viewer", "sales", "manager", "admin"],
          "tables": [
            {
              "name": "companies",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "name", "type": "text", "nullable": false, "maxLength": 200 },
                { "name": "domain", "type": "text", "unique": true, "maxLength": 253 },
                { "name": "rating", "type": "integer" }
              ],
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["sales+"] },
                "update": { "roles": ["sales+"] },
                "delete": { "roles": ["manager+"] }
              },
              "guards": { "createable": ["name", "domain"], "updatable": ["name", "rating"] }
            },
            {
              "name": "contacts",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "firstName", "type": "text", "nullable": false, "maxLength": 100 },
                { "name": "email", "type": "text", "maxLength": 320, "format": "email" },
                { "name": "phone", "type": "text", "maxLength": 32 }
              ],
              "softDelete": true,
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["sales+"] },
                "update": { "roles": ["sales+"] },
                "delete": { "roles": ["manager+"] }
              },
              "guards": { "createable": ["firstName", "email", "phone"], "updatable": ["firstName", "email", "phone"] },
              "masking": {
                "email": { "kind": "email", "show": { "roles": ["manager+"] } },
                "phone": { "kind": "phone", "show": { "roles": ["manager+"] } }
              }
            },
            {
              "name": "deals",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "contactId", "type": "uuid" },
                { "name": "title", "type": "text", "nullable": false, "maxLength": 200 },
                { "name": "amount", "type": "real", "nullable": false, "default": 0 },
                { "name": "stage", "type": "text", "nullable": false, "default": "lead", "enum": ["lead", "qualified", "won", "lost"] },
                { "name": "syncedAt", "type": "timestamp" }
              ],
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["sales+"] },
                "update": { "roles": ["sales+"], "record": { "stage": { "notIn": ["won", "lost"] } } },
                "delete": { "roles": ["manager+"] }
              },
              "guards": {
                "createable": ["title", "amount"],
                "updatable": ["title", "amount"],
                "protected": { "stage": ["advance"], "syncedAt": ["sync"] },
                "immutable": ["contactId"]
              },
              "actions": [
                {
                  "name": "advance",
                  "input": [{ "name": "stage", "type": "text", "required": true, "enum": ["qualified", "won", "lost"] }],
                  "access": { "roles": ["sales+"] },
                  "set": { "stage": "$input.stage" },
                  "transition": { "field": "stage", "fromTo": { "lead": ["qualified", "lost"], "qualified": ["won", "lost"] } }
                },
                {
                  "name": "sync",
                  "description": "Pushes the deal to the accounting system; its code is a registered IActionHandler.",
                  "access": { "roles": ["sales+"] },
                  "set": { "syncedAt": "$now" }
                }
              ]
            },
            {
              "name": "notes",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "ownerId", "type": "text", "nullable": false },
                { "name": "body", "type": "text", "nullable": false, "maxLength": 10000 }
              ],
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["viewer+"] },
                "update": { "roles": ["viewer+"], "owner": true }
              },
              "guards": { "createable": ["body"], "updatable": ["body"] }
            },
            {
              "name": "feedback",
              "description": "Feedback of the organization; rows imported from the old system have no owner, so no one may edit them.",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "ownerId", "type": "text" },
                { "name": "message", "type": "text", "nullable": false, "maxLength": 2000 }
              ],
              "firewall": { "owner": { "column": "ownerId", "mode": "optional" } },
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["viewer+"] },
                "update": { "roles": ["viewer+"], "owner": true }
              },
              "guards": { "createable": ["message"], "updatable": ["message"] }
            },
            {
              "name": "documents",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "title", "type": "text", "nullable": false, "maxLength": 200 }
              ],
              "firewall": { "errorMode": "hide" },
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["sales+"] }
              },
              "guards": { "createable": ["title"] }
            },
            {
              "name": "invoices",
              "description": "number is required by the database but set by no one: a design error that reaches the database layer.",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "organizationId", "type": "uuid", "nullable": false },
                { "name": "number", "type": "text", "nullable": false },
                { "name": "memo", "type": "text" }
              ],
              "access": {
                "list": { "roles": ["viewer+"] },
                "get": { "roles": ["viewer+"] },
                "create": { "roles": ["sales+"] }
              },
              "guards": { "createable": ["memo"] }
            },
            {
              "name": "pings",
              "columns": [
                { "name": "id", "type": "uuid", "primaryKey": true },
                { "name": "message", "type": "text" }
              ],
              "firewall": { "exception": true },
              "access": { "list": { "roles": ["PUBLIC"] }, "get": { "roles": ["PUBLIC"] } },
              "rateLimits": { "read": {{PingReadLimit}} }
            }
          ]
        }
        """;

    public static ApiDefinition Create(ErrorDialect dialect, bool exposeErrorStack = false)
    {
        var parsed = DefinitionJson.Parse(Json);
        var definition = parsed.Definition ?? throw new InvalidOperationException(
            "The contract definition does not parse: " + string.Join("; ", parsed.Diagnostics.Select(d => $"{d.Path}: {d.Message}")));
        return definition with { Project = definition.Project with { ErrorDialect = dialect, ExposeErrorStack = exposeErrorStack } };
    }
}
