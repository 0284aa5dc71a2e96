using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.OpenApi;

namespace ApiStudio.Runtime.Tests.OpenApi;

public sealed class OpenApiDocumentBuilderTests
{
    /// <summary>
    /// A copied crm table's paths and schemas: about 58 KB. With an example body inlined per code per operation the
    /// synthetic 200-table design took 190 KB per table, against 68 KB with shared examples.
    /// </summary>
    private const double MaxBytesPerCopiedTable = 70_000;

    public static TheoryData<string> Samples() => SampleDocuments.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Document_is_valid_json_declaring_openapi_3_1_0(string sample)
    {
        var document = SampleDocuments.Document(sample);

        Assert.Equal("3.1.0", (string?)document["openapi"]);
        Assert.Equal(sample, (string?)document["info"]!["title"]);
        Assert.Equal(SampleDocuments.Definition(sample).Project.BasePath, (string?)document["servers"]![0]!["url"]);
        Assert.Equal(["bearerAuth", "apiKey", "sessionCookie"], document["components"]!["securitySchemes"]!.AsObject().Select(s => s.Key));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_operation_declares_a_success_and_a_client_error_response(string sample)
    {
        foreach (var (path, method, operation) in SampleDocuments.Operations(SampleDocuments.Document(sample)))
        {
            var statuses = operation["responses"]!.AsObject().Select(r => int.Parse(r.Key)).ToList();
            Assert.True(statuses.Any(s => s is >= 200 and < 300), $"{method} {path} has no success response");
            if (path == OpenApiEndpoints.HealthPath)
            {
                // Health sits outside the API: no client can get it wrong, only the database can fail it.
                Assert.Contains(503, statuses);
                continue;
            }

            Assert.True(statuses.Any(s => s is >= 400 and < 500), $"{method} {path} has no 4xx response");
            Assert.Contains(500, statuses);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_route_of_every_table_is_documented_including_batch_views_and_actions(string sample)
    {
        var definition = SampleDocuments.Definition(sample);
        var paths = SampleDocuments.Document(sample)["paths"]!.AsObject();
        bool Has(string path, string method) => paths[path]?[method] is JsonObject;

        foreach (var table in definition.Tables)
        {
            var t = table.Name;
            Assert.True(Has($"/{t}", "get") && Has($"/{t}", "post"), t);
            Assert.True(Has($"/{t}/{{id}}", "get") && Has($"/{t}/{{id}}", "patch") && Has($"/{t}/{{id}}", "delete"), t);
            Assert.True(Has($"/{t}/batch", "post") && Has($"/{t}/batch", "patch") && Has($"/{t}/batch", "delete"), t);
            Assert.All(table.Views, v => Assert.True(Has($"/{t}/views/{v.Name}", "get"), $"{t} view {v.Name}"));
            Assert.All(table.Actions, a => Assert.True(
                Has(a.Scope == ActionScope.Standalone ? $"/{t}/actions/{a.Name}" : $"/{t}/{{id}}/{a.Name}", "post"), $"{t} action {a.Name}"));
        }

        foreach (var (path, method) in new[]
        {
            ("/auth/signup", "post"), ("/auth/signin", "post"), ("/auth/refresh", "post"), ("/auth/signout", "post"), ("/auth/me", "get"),
            ("/organizations", "post"), ("/organizations", "get"), ("/organizations/{id}/members", "post"), ("/organizations/{id}/members", "get"),
            ("/organizations/{id}/api-keys", "post"), ("/organizations/{id}/api-keys", "get"), ("/organizations/{id}/api-keys/{keyId}", "delete"),
            ("/health", "get"),
        })
        {
            Assert.True(Has(path, method), $"{method} {path}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Operation_ids_are_unique_and_every_reference_resolves(string sample)
    {
        var document = SampleDocuments.Document(sample);
        var ids = SampleDocuments.Operations(document).Select(o => (string)o.Operation["operationId"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        foreach (var reference in References(document))
        {
            var target = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)document, (node, segment) => node?[segment]);
            Assert.True(target is not null, $"{reference} does not resolve");
        }
    }

    [Fact]
    public void Error_responses_and_their_examples_are_references_to_components_that_exist()
    {
        var document = SampleDocuments.Document("crm");
        var operation = SampleDocuments.Operation(document, "updateDeal");

        var reference = (string)operation["responses"]!["403"]!["$ref"]!;

        Assert.StartsWith("#/components/responses/", reference);
        var response = document["components"]!["responses"]![reference["#/components/responses/".Length..]]!;
        Assert.Contains($"`{ErrorCodes.AccessRoleRequired}`", (string)response["description"]!);
        var example = (string?)response["content"]!["application/json"]!["examples"]![ErrorCodes.AccessRoleRequired]!["$ref"];
        Assert.StartsWith("#/components/examples/", example);
        Assert.NotNull(document["components"]!["examples"]![example["#/components/examples/".Length..]]!["value"]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_distinct_error_example_and_response_is_written_once_and_used(string sample)
    {
        var document = SampleDocuments.Document(sample);
        var used = References(document).ToHashSet(StringComparer.Ordinal);

        foreach (var section in new[] { "examples", "responses" })
        {
            var entries = document["components"]![section]!.AsObject();
            Assert.NotEmpty(entries);
            Assert.Equal(entries.Count, entries.Select(e => e.Value!.ToJsonString()).Distinct(StringComparer.Ordinal).Count());
            Assert.All(entries, e => Assert.Contains($"#/components/{section}/{e.Key}", used));
            // OpenAPI 3.1 allows component names of these characters only.
            Assert.All(entries, e => Assert.Matches("^[a-zA-Z0-9._-]+$", e.Key));
        }
    }

    [Fact]
    public void The_same_error_of_two_tables_refers_to_one_example()
    {
        var document = SampleDocuments.Document("crm");
        string ExampleOf(string operationId) =>
            (string)SampleDocuments.Response(SampleDocuments.Operation(document, operationId), "401")!["content"]!["application/json"]!["examples"]![ErrorCodes.AuthMissing]!["$ref"]!;

        Assert.Equal(ExampleOf("getDeal"), ExampleOf("getCompany"));
        Assert.NotEqual(ExampleOf("getDeal"), ExampleOf("deleteDeal"));
    }

    [Fact]
    public void Each_table_adds_a_bounded_number_of_bytes()
    {
        // Copies of the sample's tables answer the same errors: they add their paths and schemas, not their error bodies again.
        var definition = SampleDocuments.Definition("crm");
        ApiDefinition WithCopies(int copies) => definition with
        {
            Tables = [.. definition.Tables, .. Enumerable.Range(1, copies).SelectMany(i => definition.Tables.Select(t => t with { Name = t.Name + "copy" + i }))],
        };

        var tables = definition.Tables.Count;
        var one = OpenApiDocumentBuilder.Serialize(WithCopies(1)).Length;
        var five = OpenApiDocumentBuilder.Serialize(WithCopies(5)).Length;
        var perTable = (five - one) / (4.0 * tables);

        Assert.True(perTable < MaxBytesPerCopiedTable, $"{perTable:0} bytes per copied table");
    }

    [Fact]
    public void Operation_ids_follow_the_table_and_action_names()
    {
        var ids = SampleDocuments.Operations(SampleDocuments.Document("crm")).Select(o => (string)o.Operation["operationId"]!).ToHashSet();

        Assert.Superset(new HashSet<string> { "listDeals", "getDeal", "createDeal", "updateDeal", "deleteDeal", "advanceDeal", "createDealsBatch",
            "listDealsPipelineView", "listCompanies", "getCompany" }, ids);
    }

    [Fact]
    public void UpdateDeal_ACCESS_ROLE_REQUIRED_example_lists_the_roles_of_its_rule()
    {
        var definition = SampleDocuments.Definition("crm");
        var operation = SampleDocuments.Operation(SampleDocuments.Document(definition), "updateDeal");

        var example = SampleDocuments.Example(operation, "403", ErrorCodes.AccessRoleRequired);

        Assert.NotNull(example);
        var required = example["details"]!["required"]!.AsArray().Select(r => (string)r!);
        Assert.Equal(definition.FindTable("deals")!.Access.Update!.Roles, required);
        Assert.Equal(["viewer"], example["details"]!["current"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("access", (string?)example["layer"]);
        Assert.Equal("PATCH", (string?)example["request"]!["method"]);
        // Shared examples write the table and the record as placeholders.
        Assert.Equal("/api/v1/{table}/{id}", (string?)example["request"]!["url"]);
    }

    [Fact]
    public void Hide_mode_table_documents_an_opaque_404_and_no_FIREWALL_codes()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "getJob");

        Assert.NotNull(SampleDocuments.Example(operation, "404", ErrorCodes.NotFound));
        Assert.Equal("firewall", (string?)SampleDocuments.Example(operation, "404", ErrorCodes.NotFound)!["error"]!["layer"]);
        Assert.DoesNotContain(SampleDocuments.ExampleCodes(operation, "403"), c => c.StartsWith("FIREWALL_", StringComparison.Ordinal));
    }

    [Fact]
    public void Reveal_mode_table_documents_403_FIREWALL_NOT_FOUND_and_no_404()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "getDeal");

        Assert.Contains(ErrorCodes.FirewallNotFound, SampleDocuments.ExampleCodes(operation, "403"));
        Assert.Contains(ErrorCodes.FirewallOrgIsolation, SampleDocuments.ExampleCodes(operation, "403"));
        Assert.Null(operation["responses"]!["404"]);
    }

    [Fact]
    public void Public_operations_have_empty_security_and_no_AUTH_MISSING()
    {
        var document = SampleDocuments.Document("hiring");

        foreach (var id in new[] { "listPostings", "getPosting", "signUp", "signIn", "getHealth" })
        {
            var operation = SampleDocuments.Operation(document, id);
            Assert.Empty(operation["security"]!.AsArray());
            Assert.DoesNotContain(ErrorCodes.AuthMissing, SampleDocuments.ExampleCodes(operation, "401"));
        }

        var signedIn = SampleDocuments.Operation(document, "createPosting");
        Assert.Null(signedIn["security"]);
        Assert.Contains(ErrorCodes.AuthMissing, SampleDocuments.ExampleCodes(signedIn, "401"));
    }

    [Fact]
    public void Access_annotation_says_who_may_call_in_words_and_in_x_access()
    {
        var document = SampleDocuments.Document("crm");

        var update = SampleDocuments.Operation(document, "updateDeal");
        Assert.Contains("roles: sales+ (sales, manager, admin)", (string)update["description"]!);
        Assert.Equal(["sales", "manager", "admin"], update["x-access"]!["admitted"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("stage not in ['won', 'lost']", (string?)update["x-access"]!["record"]);

        var note = SampleDocuments.Operation(document, "deleteNote");
        Assert.Equal("ownerId", (string?)note["x-access"]!["owner"]);
        Assert.Contains(ErrorCodes.AccessOwnershipRequired, SampleDocuments.ExampleCodes(note, "403"));

        var postings = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "listPostings");
        Assert.Contains("PUBLIC: no sign-in", (string)postings["description"]!);
        Assert.True((bool)postings["x-access"]!["public"]!);
    }

    [Fact]
    public void Publishable_keys_are_documented_as_the_runtime_treats_them_reading_only_with_the_least_privileged_role()
    {
        // CRM: the hierarchy starts at viewer, so a pk_ key acts as a viewer.
        var document = SampleDocuments.Document("crm");

        var list = SampleDocuments.Operation(document, "listDeals");
        Assert.True((bool)list["x-access"]!["publishableKeys"]!);
        Assert.Contains("they act with the least privileged role, `viewer`", (string)list["description"]!);

        var create = SampleDocuments.Operation(document, "createDeal");
        Assert.False((bool)create["x-access"]!["publishableKeys"]!);
        Assert.Contains("Publishable keys (`pk_`) may not: they only read", (string)create["description"]!);

        var scheme = (string)document["components"]!["securitySchemes"]!["apiKey"]!["description"]!;
        Assert.Contains("only reads (list, get, views) and acts with the least privileged role (`viewer`)", scheme);
    }

    [Fact]
    public void A_read_the_least_privileged_role_may_not_call_is_documented_as_closed_to_publishable_keys()
    {
        var definition = SampleDocuments.Definition("crm");
        var deals = definition.FindTable("deals")!;
        var managersOnly = definition with
        {
            Tables = definition.Tables.Select(t => t == deals ? t with { Access = t.Access with { Get = new AccessRule { Roles = ["manager+"] } } } : t).ToList(),
        };

        var get = SampleDocuments.Operation(SampleDocuments.Document(managersOnly), "getDeal");

        Assert.False((bool)get["x-access"]!["publishableKeys"]!);
        Assert.Contains("`viewer`, which this rule does not admit", (string)get["description"]!);
    }

    [Fact]
    public void Operation_without_an_access_rule_is_documented_for_secret_keys_only()
    {
        var definition = SampleDocuments.Definition("crm");
        var deals = definition.FindTable("deals")!;
        var withoutDelete = definition with
        {
            Tables = definition.Tables.Select(t => t == deals ? t with { Access = t.Access with { Delete = null } } : t).ToList(),
        };

        var operation = SampleDocuments.Operation(SampleDocuments.Document(withoutDelete), "deleteDeal");

        Assert.Contains("secret API keys only", (string)operation["description"]!);
        Assert.True((bool)operation["x-access"]!["secretKeysOnly"]!);
        Assert.Equal(["apiKey"], operation["security"]!.AsArray().Single()!.AsObject().Select(s => s.Key));
        Assert.Empty(SampleDocuments.Example(operation, "403", ErrorCodes.AccessRoleRequired)!["details"]!["required"]!.AsArray());
    }

    [Fact]
    public void Create_documents_GUARD_FIELD_NOT_CREATEABLE_with_a_real_non_createable_field_when_one_exists()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "createInterview");

        var example = SampleDocuments.Example(operation, "400", ErrorCodes.GuardFieldNotCreateable)!["error"]!;

        Assert.Equal(["feedback"], example["details"]!["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Contains("\"feedback\"", (string?)example["request"]!["body"]);
    }

    [Fact]
    public void Create_documents_each_guard_code_the_runtime_gives_with_the_field_that_earns_it()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "createDeal");

        // stage is protected (only advance may set it), so the guards call it that rather than not createable.
        Assert.Equal(["stage"], SampleDocuments.Example(operation, "400", ErrorCodes.GuardFieldProtected)!["details"]!["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(["id"], SampleDocuments.Example(operation, "400", ErrorCodes.GuardSystemManaged)!["details"]!["fields"]!.AsArray().Select(f => (string)f!));
        // Every real column is createable, protected or managed; only a name that is no column is refused as not createable.
        Assert.Equal(["notAField"], SampleDocuments.Example(operation, "400", ErrorCodes.GuardFieldNotCreateable)!["details"]!["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("is required", (string?)SampleDocuments.Example(operation, "400", ErrorCodes.ValidationFailed)!["details"]!["errors"]!["contactId"]);
    }

    [Fact]
    public void Update_documents_GUARD_FIELD_IMMUTABLE_for_an_immutable_field()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "updateDeal");

        Assert.Equal(["contactId"], SampleDocuments.Example(operation, "400", ErrorCodes.GuardFieldImmutable)!["details"]!["fields"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public void Strip_mode_table_documents_no_guard_errors()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "createCandidate");

        Assert.DoesNotContain(SampleDocuments.ExampleCodes(operation, "400"), c => c.StartsWith("GUARD_", StringComparison.Ordinal));
        Assert.Contains(ErrorCodes.DbUniqueViolation, SampleDocuments.ExampleCodes(operation, "409"));
    }

    [Fact]
    public void Create_body_holds_createable_and_immutable_columns_and_requires_those_needed_on_create()
    {
        var schemas = SampleDocuments.Document("crm")["components"]!["schemas"]!;

        var create = schemas["DealCreate"]!;
        Assert.Equal(["contactId", "title", "amount"], create["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["contactId", "title"], create["required"]!.AsArray().Select(r => (string)r!));
        Assert.False((bool)create["additionalProperties"]!);

        Assert.Equal(["title", "amount"], schemas["DealUpdate"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Record_schema_carries_every_effective_column_with_type_format_enum_and_masking()
    {
        var schemas = SampleDocuments.Document("crm")["components"]!["schemas"]!;

        var contact = schemas["Contact"]!["properties"]!.AsObject();
        Assert.Equal(["id", "organizationId", "companyId", "accountManagerId", "firstName", "lastName", "email", "phone", "status",
            "createdAt", "createdBy", "modifiedAt", "modifiedBy", "deletedAt", "deletedBy"], contact.Select(p => p.Key));
        Assert.Equal("uuid", (string?)contact["id"]!["format"]);
        Assert.Equal("string", (string?)contact["id"]!["type"]);
        Assert.True((bool)contact["id"]!["readOnly"]!);
        Assert.Equal(100, (int)contact["firstName"]!["maxLength"]!);
        Assert.Equal(["lead", "customer", "churned"], contact["status"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["string", "null"], contact["companyId"]!["type"]!.AsArray().Select(v => (string)v!));
        Assert.Contains("The salesperson who looks after this contact.", (string)contact["accountManagerId"]!["description"]!);
        Assert.Null(contact["email"]!["format"]);
        Assert.Contains("Masked (email) unless the caller is role manager+ (manager, admin)", (string)contact["email"]!["description"]!);
    }

    [Fact]
    public void Sensitive_looking_column_without_a_rule_is_documented_as_masked_like_the_runtime_masks_it()
    {
        var definition = SampleDocuments.Definition("crm");
        var companies = definition.FindTable("companies")!;
        var withToken = definition with
        {
            Tables = definition.Tables.Select(t => t == companies
                ? t with { Columns = [.. t.Columns, new ColumnDefinition { Name = "apiToken", Type = ColumnType.Text, MaxLength = 64 }] }
                : t).ToList(),
        };

        var token = SampleDocuments.Document(withToken)["components"]!["schemas"]!["Company"]!["properties"]!["apiToken"]!;

        Assert.Null(token["maxLength"]);
        Assert.StartsWith("Masked (redact) for every caller", (string?)token["description"]);
    }

    [Fact]
    public void List_documents_paging_sort_fields_search_total_and_one_filter_per_column()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "listDeals");
        var parameters = operation["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var refs = parameters.Select(p => (string?)p["$ref"]).Where(r => r is not null).ToList();
        var named = parameters.Select(p => (string?)p["name"]).Where(n => n is not null).ToList();

        Assert.Contains("#/components/parameters/limit", refs);
        Assert.Contains("#/components/parameters/offset", refs);
        Assert.Contains("#/components/parameters/page", refs);
        Assert.Contains("#/components/parameters/total", refs);
        Assert.Contains("#/components/parameters/ifNoneMatch", refs);
        Assert.Superset(new HashSet<string?> { "sort", "fields", "search", "id", "contactId", "title", "amount", "stage", "createdAt" }, named.ToHashSet());
        Assert.Contains("amount.gte=", (string)parameters.Single(p => (string?)p["name"] == "amount")["description"]!);
        Assert.NotNull(operation["responses"]!["304"]);
        Assert.NotNull(operation["responses"]!["200"]!["headers"]!["ETag"]);
    }

    [Fact]
    public void Action_with_a_transition_documents_409_ACCESS_ACTION_NOT_ALLOWED_FOR_STATE()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "advanceDeal");

        var example = SampleDocuments.Example(operation, "409", ErrorCodes.AccessActionNotAllowedForState);

        Assert.NotNull(example);
        // The example asks for 'qualified' from 'won'; only 'lead' moves to 'qualified'.
        Assert.Equal("won", (string?)example["details"]!["current"]);
        Assert.Equal(["lead"], example["details"]!["required"]!.AsArray().Select(s => (string)s!));
        Assert.Contains(ErrorCodes.ActionExecutionFailed, SampleDocuments.ExampleCodes(operation, "500"));
        Assert.Equal("#/components/schemas/Deal", (string?)operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
    }

    [Fact]
    public void Batch_create_documents_201_207_and_400_BATCH_ATOMIC_FAILED()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "createDealsBatch");
        var responses = operation["responses"]!.AsObject();

        Assert.NotNull(responses["201"]);
        Assert.Contains("GUARD_FIELD_PROTECTED", (string)responses["207"]!["description"]!);
        Assert.Contains(ErrorCodes.BatchAtomicFailed, SampleDocuments.ExampleCodes(operation, "400"));
        Assert.Contains(ErrorCodes.BatchSizeExceeded, SampleDocuments.ExampleCodes(operation, "400"));
        Assert.DoesNotContain(ErrorCodes.GuardFieldProtected, SampleDocuments.ExampleCodes(operation, "400"));
    }

    [Fact]
    public void Envelope_dialect_documents_envelope_bodies_and_schema()
    {
        var document = SampleDocuments.Document("hiring");
        var operation = SampleDocuments.Operation(document, "updateJob");

        var example = SampleDocuments.Example(operation, "403", ErrorCodes.AccessRoleRequired)!;

        Assert.False((bool)example["success"]!);
        Assert.Equal("data/permission-denied", (string?)example["error"]!["code"]);
        Assert.Equal(ErrorCodes.AccessRoleRequired, (string?)example["error"]!["reason"]);
        Assert.Equal(["hiring-manager+"], example["error"]!["details"]!["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("/api/v2/{table}/{id}", (string?)example["error"]!["request"]!["url"]);
        Assert.Equal("#/components/schemas/ErrorEnvelope",
            (string?)SampleDocuments.Response(operation, "403")!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.NotNull(document["components"]!["schemas"]!["ErrorEnvelope"]!["properties"]!["success"]);
        Assert.Null(document["components"]!["schemas"]!["ErrorBody"]);
    }

    [Fact]
    public void Flat_dialect_error_schema_enumerates_every_layer_and_code()
    {
        var schema = SampleDocuments.Document("crm")["components"]!["schemas"]!["ErrorBody"]!;

        var layers = schema["properties"]!["layer"]!["enum"]!.AsArray().Select(l => (string)l!).ToList();
        var codes = schema["properties"]!["code"]!["enum"]!.AsArray().Select(c => (string)c!).ToList();

        Assert.Equal([ErrorLayer.Authentication, ErrorLayer.RateLimit, ErrorLayer.Firewall, ErrorLayer.Access], layers.Take(4));
        Assert.Contains(ErrorCodes.GuardFieldNotCreateable, codes);
        Assert.Contains(ErrorCodes.DbUniqueViolation, codes);
        Assert.Equal(["error", "layer", "code", "request"], schema["required"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public void Problem_dialect_documents_problem_json_bodies()
    {
        var definition = SampleDocuments.Definition("crm");
        var problem = definition with { Project = definition.Project with { ErrorDialect = ErrorDialect.Problem } };

        var operation = SampleDocuments.Operation(SampleDocuments.Document(problem), "getDeal");
        var content = SampleDocuments.Response(operation, "403")!["content"]!.AsObject();

        Assert.Equal(["application/problem+json"], content.Select(c => c.Key));
        var example = SampleDocuments.Example(operation, "403", ErrorCodes.FirewallNotFound)!;
        Assert.Equal(403, (int)example["status"]!);
        Assert.Equal("urn:api-studio:error:firewall-not-found", (string?)example["type"]);
    }

    [Fact]
    public void Every_error_example_is_written_in_the_dialect_with_its_request_block()
    {
        foreach (var sample in new[] { "crm", "hiring" })
        {
            var envelope = SampleDocuments.Definition(sample).Project.ErrorDialect == ErrorDialect.Envelope;
            foreach (var (path, method, operation) in SampleDocuments.Operations(SampleDocuments.Document(sample)).Where(o => o.Path != OpenApiEndpoints.HealthPath))
            {
                foreach (var status in operation["responses"]!.AsObject().Select(r => r.Key).Where(s => int.Parse(s) >= 400))
                {
                    var response = SampleDocuments.Response(operation, status)!;
                    var examples = response["content"]!.AsObject().Single().Value!["examples"]!.AsObject();
                    Assert.NotEmpty(examples);
                    foreach (var (code, reference) in examples)
                    {
                        var body = SampleDocuments.Resolve(reference)!["value"]!.AsObject();
                        var error = envelope ? body["error"]!.AsObject() : body;
                        Assert.Equal(code, (string?)error[envelope ? "reason" : "code"]);
                        Assert.Equal(method.ToUpperInvariant(), (string?)error["request"]!["method"]);
                        Assert.Contains($"`{code}`", (string)response["description"]!);
                    }
                }
            }
        }
    }

    [Fact]
    public void Account_routes_document_the_runtime_cookie_administrator_roles_and_response_shapes()
    {
        var document = SampleDocuments.Document("crm");

        Assert.Equal(ApiStudio.Runtime.Authentication.SessionCookie.Name, (string?)document["components"]!["securitySchemes"]!["sessionCookie"]!["name"]);
        var addMember = SampleDocuments.Operation(document, "addOrganizationMember");
        Assert.Equal(["admin"], SampleDocuments.Example(addMember, "403", ErrorCodes.AccessRoleRequired)!["details"]!["required"]!.AsArray().Select(r => (string)r!));
        Assert.Contains(ErrorCodes.DbUniqueViolation, SampleDocuments.ExampleCodes(addMember, "409"));
        Assert.Equal(["bearerAuth", "sessionCookie"], addMember["security"]!.AsArray().Select(s => s!.AsObject().Single().Key));

        var revoke = SampleDocuments.Operation(document, "revokeApiKey");
        Assert.NotNull(revoke["responses"]!["204"]);
        Assert.Contains(ErrorCodes.NotFound, SampleDocuments.ExampleCodes(revoke, "404"));

        var session = document["components"]!["schemas"]!["AuthSession"]!["properties"]!.AsObject();
        Assert.Equal(["accessToken", "refreshToken", "expiresIn", "tokenType", "user", "activeOrganizationId"], session.Select(p => p.Key));
        Assert.Contains(ErrorCodes.AuthRateLimited, SampleDocuments.ExampleCodes(SampleDocuments.Operation(document, "signIn"), "429"));
    }

    [Fact]
    public void Rate_limited_responses_document_the_Retry_After_header()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "listCandidates");

        Assert.Equal("integer", (string?)SampleDocuments.Response(operation, "429")!["headers"]!["Retry-After"]!["schema"]!["type"]);
        Assert.Equal(600, (int)SampleDocuments.Example(operation, "429", ErrorCodes.RateLimited)!["error"]!["details"]!["limit"]!);
    }

    [Fact]
    public void List_invalid_query_example_is_the_query_parsers_own_answer()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("crm"), "listDeals");

        var example = SampleDocuments.Example(operation, "400", ErrorCodes.ValidationInvalidQuery)!;

        Assert.Equal("limit", (string?)example["details"]!["parameter"]);
        Assert.Equal("must be a whole number from 1 to 100, not '500'", (string?)example["details"]!["reason"]);
        Assert.EndsWith("?limit=500", (string?)example["request"]!["url"]);
    }

    [Fact]
    public void Delete_answers_the_key_and_deleted_and_batches_report_flat_record_errors()
    {
        var document = SampleDocuments.Document("hiring");
        var schemas = document["components"]!["schemas"]!;

        Assert.Equal("#/components/schemas/JobDeleted",
            (string?)SampleDocuments.Operation(document, "deleteJob")["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal(["id", "deleted"], schemas["JobDeleted"]!["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("#/components/schemas/BatchItemError", (string?)schemas["JobBatchResult"]!["properties"]!["errors"]!["items"]!["properties"]!["error"]!["$ref"]);
        Assert.Equal("#/components/schemas/JobDeleted", (string?)schemas["JobBatchDeleteResult"]!["properties"]!["success"]!["items"]!["$ref"]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Same_definition_builds_byte_identical_json(string sample)
    {
        var first = OpenApiDocumentBuilder.Serialize(SampleDocuments.Definition(sample));
        var second = OpenApiDocumentBuilder.Serialize(SampleDocuments.Definition(sample));

        Assert.Equal(first, second);
        Assert.Equal(first, OpenApiDocumentBuilder.Build(SampleDocuments.Definition(sample)).ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue value ? [(string)value!] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
