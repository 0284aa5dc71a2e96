using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Tests.Guards;

public class GuardCheckTests
{
    private readonly DecisionTrace trace = new();

    [Fact]
    public void Create_with_createable_and_immutable_fields_passes_and_keeps_body_order()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(), WriteKind.Create, ["score", "candidateId", "jobId", "notes"], trace);

        Assert.Equal(["score", "candidateId", "jobId", "notes"], outcome.Allowed);
        Assert.Empty(outcome.Stripped);
        var step = Assert.Single(trace.Steps);
        Assert.Equal(TraceOutcome.Passed, step.Outcome);
        Assert.Equal(ErrorLayer.Guards, step.Layer);
    }

    [Fact]
    public void Create_with_system_managed_fields_returns_400_GUARD_SYSTEM_MANAGED_listing_each()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Create, "createdAt", "score", "id", "organizationId");

        Assert.Equal(400, error.Status);
        Assert.Equal(ErrorCodes.GuardSystemManaged, error.Code);
        Assert.Equal(["createdAt", "id", "organizationId"], Fields(error));
    }

    [Fact]
    public void Soft_delete_and_audit_columns_are_system_managed()
    {
        var table = GuardTables.Applications() with { SoftDelete = true };

        var error = Reject(table, WriteKind.Update, "deletedAt", "deletedBy", "modifiedBy");

        Assert.Equal(ErrorCodes.GuardSystemManaged, error.Code);
        Assert.Equal(["deletedAt", "deletedBy", "modifiedBy"], Fields(error));
    }

    [Fact]
    public void Custom_owner_column_is_system_managed()
    {
        var table = GuardTables.Applications() with
        {
            Columns = [.. GuardTables.Applications().Columns, new ColumnDefinition { Name = "recruiterId" }],
            Firewall = new FirewallDefinition { Owner = new OwnerColumn { Column = "recruiterId" } },
        };

        Assert.Equal(ErrorCodes.GuardSystemManaged, Reject(table, WriteKind.Create, "recruiterId").Code);
    }

    [Fact]
    public void Create_with_protected_field_returns_400_GUARD_FIELD_PROTECTED()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Create, "candidateId", "stage");

        Assert.Equal(ErrorCodes.GuardFieldProtected, error.Code);
        Assert.Equal(["stage"], Fields(error));
        Assert.Equal("Field can only be changed by an action", error.Message);
    }

    [Fact]
    public void Update_with_protected_field_returns_400_GUARD_FIELD_PROTECTED()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Update, "stage", "score");

        Assert.Equal(ErrorCodes.GuardFieldProtected, error.Code);
        Assert.Equal(["stage"], Fields(error));
    }

    [Fact]
    public void Protected_rejection_trace_names_the_actions_and_the_routes_that_may_change_it()
    {
        Reject(GuardTables.Applications(), WriteKind.Update, "stage");

        var step = Assert.Single(trace.Steps);
        Assert.Equal(TraceOutcome.Failed, step.Outcome);
        Assert.Equal("guards.protected", step.Rule);
        Assert.Equal("guards: 'stage' is protected; only the actions 'advance', 'reject', 'quickApply' may change it", step.Reason);
        Assert.Equal("remove 'stage' from the body, or call POST …/applications/{id}/advance or POST …/applications/{id}/reject "
            + "or POST …/applications/actions/quickApply", step.Fix);
    }

    [Fact]
    public void Action_listed_for_a_protected_field_may_set_it()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(), WriteKind.Action("advance"), ["stage", "score"], trace);

        Assert.Equal(["stage", "score"], outcome.Allowed);
    }

    [Fact]
    public void Action_not_listed_for_a_protected_field_returns_GUARD_FIELD_PROTECTED()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Action("annotate"), "stage");

        Assert.Equal(ErrorCodes.GuardFieldProtected, error.Code);
    }

    [Fact]
    public void Record_action_setting_an_immutable_field_returns_GUARD_FIELD_IMMUTABLE()
    {
        Assert.Equal(ErrorCodes.GuardFieldImmutable, Reject(GuardTables.Applications(), WriteKind.Action("advance"), "jobId").Code);
    }

    [Fact]
    public void Standalone_action_creates_so_it_may_set_immutable_fields()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(), WriteKind.Action("quickApply"), ["candidateId", "jobId", "stage"], trace);

        Assert.Equal(["candidateId", "jobId", "stage"], outcome.Allowed);
    }

    [Fact]
    public void Action_may_never_set_system_managed_fields()
    {
        Assert.Equal(ErrorCodes.GuardSystemManaged, Reject(GuardTables.Applications(), WriteKind.Action("advance"), "modifiedAt").Code);
    }

    [Fact]
    public void Update_of_immutable_field_returns_400_GUARD_FIELD_IMMUTABLE()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Update, "jobId", "score", "candidateId");

        Assert.Equal(ErrorCodes.GuardFieldImmutable, error.Code);
        Assert.Equal(["jobId", "candidateId"], Fields(error));
        Assert.Equal("Field cannot be modified after creation", error.Message);
    }

    [Fact]
    public void Create_with_field_not_createable_returns_400_GUARD_FIELD_NOT_CREATEABLE_as_in_the_seed()
    {
        var table = GuardTables.Applications() with { Guards = GuardTables.Applications().Guards with { Createable = ["candidateId", "jobId"] } };

        var error = Reject(table, WriteKind.Create, "candidateId", "score");

        Assert.Equal(ErrorCodes.GuardFieldNotCreateable, error.Code);
        Assert.Equal("Field cannot be set during creation", error.Message);
        Assert.Equal("These fields are set automatically or must be omitted", error.Hint);
        Assert.Equal("""{"fields":["score"]}""", error.Details!.ToJsonString());
    }

    [Fact]
    public void Create_with_unknown_field_returns_GUARD_FIELD_NOT_CREATEABLE_with_the_known_fields_in_the_fix()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Create, "color", "score", "size");

        Assert.Equal(ErrorCodes.GuardFieldNotCreateable, error.Code);
        Assert.Equal(["color", "size"], Fields(error));
        Assert.Contains("'color' is not a field of 'applications'", trace.Denial!.Reason);
        Assert.Contains("id, organizationId, candidateId, jobId, stage, score, notes", trace.Denial.Fix);
    }

    [Fact]
    public void Update_with_field_not_updatable_returns_400_GUARD_FIELD_NOT_UPDATABLE_including_unknown_fields()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Update, "notes", "score", "color");

        Assert.Equal(ErrorCodes.GuardFieldNotUpdatable, error.Code);
        Assert.Equal(["notes", "color"], Fields(error));
        Assert.Equal("Field cannot be updated", error.Message);
        Assert.Equal("remove 'notes' from the body, or add it to guards.updatable of 'applications'; "
            + "remove 'color' from the body; the fields of 'applications' are id, organizationId, candidateId, jobId, stage, score, notes",
            trace.Denial!.Fix);
    }

    [Theory]
    [InlineData("update", ErrorCodes.GuardSystemManaged, "id", "stage", "jobId", "notes")]
    [InlineData("update", ErrorCodes.GuardFieldProtected, "notes", "jobId", "stage")]
    [InlineData("update", ErrorCodes.GuardFieldImmutable, "notes", "jobId")]
    [InlineData("update", ErrorCodes.GuardFieldNotUpdatable, "notes")]
    [InlineData("create", ErrorCodes.GuardSystemManaged, "stage", "color", "createdBy")]
    [InlineData("create", ErrorCodes.GuardFieldProtected, "color", "stage")]
    [InlineData("create", ErrorCodes.GuardFieldNotCreateable, "color")]
    public void Strict_mode_reports_the_first_violated_rule_in_precedence_order(string verb, string code, params string[] fields)
    {
        var error = Reject(GuardTables.Applications(), verb == "create" ? WriteKind.Create : WriteKind.Update, fields);

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Strict_rejection_lists_only_the_fields_of_the_winning_violation()
    {
        var error = Reject(GuardTables.Applications(), WriteKind.Update, "notes", "stage", "jobId", "id");

        Assert.Equal(ErrorCodes.GuardSystemManaged, error.Code);
        Assert.Equal(["id"], Fields(error));
    }

    [Fact]
    public void Strip_mode_drops_forbidden_fields_without_error_and_records_each_one()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(GuardMode.Strip), WriteKind.Update, ["id", "stage", "score", "jobId", "notes"], trace);

        Assert.Equal(["score"], outcome.Allowed);
        Assert.Equal(["id", "stage", "jobId", "notes"], outcome.Stripped.Keys);
        Assert.Equal(ErrorCodes.GuardSystemManaged, outcome.Stripped["id"]);
        Assert.Equal(ErrorCodes.GuardFieldProtected, outcome.Stripped["stage"]);
        Assert.Equal(ErrorCodes.GuardFieldImmutable, outcome.Stripped["jobId"]);
        Assert.Equal(ErrorCodes.GuardFieldNotUpdatable, outcome.Stripped["notes"]);
        Assert.Null(trace.Denial);
        Assert.Equal(5, trace.Steps.Count);
        Assert.Contains(trace.Steps, s => s.Reason.StartsWith("guards: stripped 'stage' (GUARD_FIELD_PROTECTED): 'stage' is protected", StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_mode_apply_returns_the_body_without_stripped_fields_in_body_order()
    {
        var body = RequestBodyReader.ParseObject("""{"notes":"n","stage":"hired","score":3,"candidateId":"x"}"""u8);

        var kept = GuardCheck.Apply(GuardTables.Applications(GuardMode.Strip), WriteKind.Create, body, trace);

        Assert.Equal(["notes", "score", "candidateId"], kept.Keys);
        Assert.Equal(3, kept["score"].GetInt32());
    }

    [Fact]
    public void Guards_disabled_lets_every_non_system_column_be_created_and_updated()
    {
        var table = GuardTables.Applications(enabled: false);

        Assert.Equal(["notes", "score", "jobId"], GuardCheck.Check(table, WriteKind.Update, ["notes", "score", "jobId"], trace).Allowed);
        Assert.Equal(["notes", "jobId"], GuardCheck.Check(table, WriteKind.Create, ["notes", "jobId"], trace).Allowed);
        Assert.Contains("guards are off for 'applications'", trace.Steps[^1].Reason);
    }

    [Fact]
    public void Guards_disabled_still_refuses_system_managed_fields()
    {
        var error = Reject(GuardTables.Applications(enabled: false), WriteKind.Create, "notes", "organizationId");

        Assert.Equal(ErrorCodes.GuardSystemManaged, error.Code);
        Assert.Equal(["organizationId"], Fields(error));
    }

    [Fact]
    public void Guards_disabled_still_refuses_protected_and_unknown_fields()
    {
        var table = GuardTables.Applications(enabled: false);

        Assert.Equal(ErrorCodes.GuardFieldProtected, Reject(table, WriteKind.Update, "stage").Code);
        Assert.Equal(ErrorCodes.GuardFieldNotUpdatable, Reject(table, WriteKind.Update, "color").Code);
    }

    [Fact]
    public void Guards_disabled_in_strip_mode_strips_system_managed_fields()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(GuardMode.Strip, enabled: false), WriteKind.Create, ["id", "notes"], trace);

        Assert.Equal(["notes"], outcome.Allowed);
        Assert.Equal(ErrorCodes.GuardSystemManaged, outcome.Stripped["id"]);
    }

    [Fact]
    public void Empty_body_passes_with_no_fields()
    {
        var outcome = GuardCheck.Check(GuardTables.Applications(), WriteKind.Update, [], trace);

        Assert.Empty(outcome.Allowed);
        Assert.Equal("guards: update on 'applications' may set no fields", Assert.Single(trace.Steps).Reason);
    }

    private ApiError Reject(TableDefinition table, WriteKind write, params string[] fields) =>
        Assert.Throws<ApiException>(() => GuardCheck.Check(table, write, fields, trace)).Error;

    private static string[] Fields(ApiError error) =>
        error.Details!["fields"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
