namespace ApiStudio.Runtime.Tests.Access.Conditions;

/// <summary>Record conditions over the tickets table, as written in api.json.</summary>
public static class ConditionCases
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["always"] = """{}""",
        ["equals"] = """{ "stage": { "equals": "open" } }""",
        ["notEquals skips nulls"] = """{ "stage": { "notEquals": "open" } }""",
        ["in"] = """{ "stage": { "in": ["won", "lost"] } }""",
        ["notIn skips nulls"] = """{ "ownerId": { "notIn": ["u1", "u2"] } }""",
        ["lessThan integer"] = """{ "priority": { "lessThan": 3 } }""",
        ["greaterThanOrEqual integer"] = """{ "priority": { "greaterThanOrEqual": 3 } }""",
        ["greaterThan real"] = """{ "amount": { "greaterThan": 10.5 } }""",
        ["lessThanOrEqual real"] = """{ "amount": { "lessThanOrEqual": 1 } }""",
        ["boolean"] = """{ "urgent": { "equals": true } }""",
        ["boolean notEquals"] = """{ "urgent": { "notEquals": true } }""",
        ["timestamp before"] = """{ "dueAt": { "lessThan": "2024-05-01T00:00:00Z" } }""",
        ["timestamp equals"] = """{ "dueAt": { "equals": "2024-06-01T00:00:00Z" } }""",
        ["audit timestamp"] = """{ "createdAt": { "greaterThanOrEqual": "2024-01-10T00:00:00Z" } }""",
        ["text order"] = """{ "title": { "greaterThan": "P" } }""",
        ["uuid equals"] = """{ "externalRef": { "equals": "10000000-0000-0000-0000-000000000000" } }""",
        ["uuid notIn"] = """{ "externalRef": { "notIn": ["10000000-0000-0000-0000-000000000000"] } }""",
        ["uuid order"] = """{ "externalRef": { "greaterThan": "80000000-0000-0000-0000-000000000000" } }""",
        ["isNull"] = """{ "ownerId": { "isNull": true } }""",
        ["isNull false"] = """{ "stage": { "isNull": false } }""",
        ["json isNull"] = """{ "details": { "isNull": false } }""",
        ["not-null column isNull"] = """{ "title": { "isNull": true } }""",
        ["own rows"] = """{ "ownerId": { "equals": "$ctx.userId" } }""",
        ["others' rows"] = """{ "ownerId": { "notEquals": "$ctx.userId" } }""",
        ["own organization"] = """{ "organizationId": { "equals": "$ctx.activeOrgId" } }""",
        ["other organizations"] = """{ "organizationId": { "notEquals": "$ctx.activeOrgId" } }""",
        ["in with a context value"] = """{ "ownerId": { "in": ["u3", "$ctx.userId"] } }""",
        ["notIn with a context value"] = """{ "ownerId": { "notIn": ["u3", "$ctx.userId"] } }""",
        ["mine or unassigned"] = """{ "or": [{ "ownerId": { "equals": "$ctx.userId" } }, { "ownerId": { "isNull": true } }] }""",
        ["two fields"] = """{ "stage": { "equals": "open" }, "urgent": { "equals": false } }""",
        ["nested and or"] = """
            { "stage": { "in": ["open", "won"] },
              "or": [ { "ownerId": { "equals": "$ctx.userId" } },
                      { "priority": { "greaterThanOrEqual": 4 }, "and": [ { "urgent": { "equals": true } } ] } ] }
            """,
        ["and of ors"] = """
            { "and": [ { "or": [ { "stage": { "equals": "open" } }, { "stage": { "isNull": true } } ] },
                       { "or": [ { "amount": { "lessThan": 5 } }, { "dueAt": { "isNull": true } } ] } ] }
            """,
        ["deep"] = """
            { "or": [ { "and": [ { "organizationId": { "equals": "$ctx.activeOrgId" } },
                                 { "or": [ { "priority": { "lessThanOrEqual": 1 } }, { "title": { "isNull": true } } ] } ] },
                      { "notes": { "isNull": false }, "ownerId": { "notEquals": "$ctx.userId" } } ] }
            """,
    };
}
