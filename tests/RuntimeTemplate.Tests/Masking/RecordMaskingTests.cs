using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Masking;
using ApiStudio.Runtime.Tracing;
using static ApiStudio.Runtime.Tests.Masking.MaskingDefinition;

namespace ApiStudio.Runtime.Tests.Masking;

public class RecordMaskingTests
{
    private readonly DecisionTrace trace = new();

    [Fact]
    public void Caller_without_a_showing_role_sees_every_rule_applied()
    {
        var row = Mask(User("user-1", "viewer"));

        Assert.Equal("J. Q. D.", row["fullName"]);
        Assert.Equal("p***@e******.com", row["email"]);
        Assert.Equal("******4567", row["phone"]);
        Assert.Equal("[REDACTED]", row["salary"]);
    }

    [Fact]
    public void Columns_without_a_rule_and_kind_none_are_never_masked()
    {
        var row = Mask(User("user-1", "viewer"));

        Assert.Equal("https://jane.dev", row["portfolio"]);
        Assert.Equal("referral", row["source"]);
        Assert.Equal(Row()["id"], row["id"]);
    }

    [Fact]
    public void Masked_row_keeps_the_column_order_and_leaves_the_input_untouched()
    {
        var input = Row();

        var row = RecordMasking.Apply(Api, Candidates, User("user-1", "viewer"), input);

        Assert.Equal(input.Keys, row.Keys);
        Assert.Equal("paul@example.com", input["email"]);
    }

    [Fact]
    public void Role_listed_in_show_roles_sees_the_real_value()
    {
        var row = Mask(User("user-1", "auditor"));

        Assert.Equal(120000.0, row["salary"]);
        Assert.Equal("J. Q. D.", row["fullName"]);
    }

    [Fact]
    public void Role_above_a_plus_reference_sees_the_real_value()
    {
        var row = Mask(User("user-1", "admin"));

        Assert.Equal("Jane Q. Doe", row["fullName"]);
        Assert.Equal("paul@example.com", row["email"]);
        Assert.Equal("[REDACTED]", row["salary"]);
    }

    [Fact]
    public void Role_below_a_plus_reference_sees_the_mask()
    {
        var row = Mask(User("user-1", "recruiter"));

        Assert.Equal("Jane Q. Doe", row["fullName"]);
        Assert.Equal("p***@e******.com", row["email"]);
    }

    [Fact]
    public void Owner_sees_values_shown_to_the_owner()
    {
        var row = Mask(User(OwnerId, "viewer"));

        Assert.Equal("paul@example.com", row["email"]);
        Assert.Equal("(555) 123-4567", row["phone"]);
        Assert.Equal("J. Q. D.", row["fullName"]);
    }

    [Fact]
    public void Owner_column_holding_a_uuid_matches_the_caller_in_any_letter_case()
    {
        var id = Guid.NewGuid();
        var row = Row();
        row["ownerId"] = id;

        var masked = RecordMasking.Apply(Api, Candidates, User(id.ToString().ToUpperInvariant()), row);

        Assert.Equal("(555) 123-4567", masked["phone"]);
    }

    [Fact]
    public void Anonymous_caller_never_matches_an_unowned_row()
    {
        var row = RecordMasking.Apply(Api, Candidates, CallerIdentity.Anonymous, Row(ownerId: null));

        Assert.Equal("******4567", row["phone"]);
    }

    [Fact]
    public void Show_owner_without_an_owner_column_masks_for_everyone()
    {
        var table = Candidates with { Columns = Candidates.Columns.Where(c => c.Name != "ownerId").ToList() };

        var decision = RecordMasking.Decide(Api, table, User(OwnerId), Row()).Single(d => d.Column == "phone");

        Assert.True(decision.Masked);
        Assert.Equal("the table has no owner column to show it to", decision.Reason);
    }

    [Fact]
    public void Public_in_show_roles_shows_the_value_to_everyone()
    {
        var table = Candidates with
        {
            Masking = new Dictionary<string, MaskingRule> { ["email"] = new() { Kind = MaskKind.Email, Show = new MaskVisibility { Roles = ["PUBLIC"] } } },
        };

        Assert.Equal("paul@example.com", RecordMasking.Apply(Api, table, CallerIdentity.Anonymous, Row())["email"]);
    }

    [Fact]
    public void Null_value_stays_null_when_masked()
    {
        var row = Row();
        row["email"] = null;

        Assert.Null(RecordMasking.Apply(Api, Candidates, User("user-1"), row)["email"]);
    }

    [Fact]
    public void Decisions_say_why_in_plain_words()
    {
        var decisions = RecordMasking.Decide(Api, Candidates, User("user-1", "viewer"), Row()).ToDictionary(d => d.Column);

        Assert.Equal(["fullName", "email", "phone", "salary"], decisions.Keys);
        Assert.Equal("role 'viewer' is not in [manager+] and the caller does not own the record (ownerId)", decisions["email"].Reason);
        Assert.Equal("the caller does not own the record (ownerId)", decisions["phone"].Reason);
        Assert.Equal(MaskKind.Redact, decisions["salary"].Kind);
    }

    [Fact]
    public void Trace_records_each_masked_value_and_the_rule_that_hid_it()
    {
        RecordMasking.Apply(Api, Candidates, User("user-1", "viewer"), Row(), trace);

        var email = trace.Steps.Single(s => s.Rule == "masking.email");
        Assert.Equal(RecordMasking.Layer, email.Layer);
        Assert.Equal(TraceOutcome.Passed, email.Outcome);
        Assert.Equal("masking: 'email' shown as p***@e******.com (email) because role 'viewer' is not in [manager+] "
            + "and the caller does not own the record (ownerId)", email.Reason);
    }

    [Fact]
    public void Trace_records_why_a_value_was_shown()
    {
        RecordMasking.Apply(Api, Candidates, User(OwnerId, "manager"), Row(), trace);

        Assert.Equal("masking: 'email' shown unmasked because role 'manager' is in [manager+]",
            trace.Steps.Single(s => s.Rule == "masking.email.show").Reason);
        Assert.Equal("masking: 'phone' shown unmasked because the caller owns the record (ownerId)",
            trace.Steps.Single(s => s.Rule == "masking.phone.show").Reason);
    }

    [Fact]
    public void Caller_without_roles_is_told_which_roles_may_see()
    {
        var decision = RecordMasking.Decide(Api, Candidates, User("user-1"), Row()).Single(d => d.Column == "fullName");

        Assert.Equal("the caller has no role, and only [recruiter+] may", decision.Reason);
    }

    [Fact]
    public void Masked_fields_are_the_columns_with_a_rule_other_than_none()
    {
        Assert.Equal(new HashSet<string> { "fullName", "email", "phone", "salary" }, RecordMasking.MaskedFields(Candidates));
    }

    [Fact]
    public void Decisions_follow_the_column_order_whatever_the_row_order()
    {
        var reversed = Row().Reverse().ToDictionary(p => p.Key, p => p.Value);

        var decisions = RecordMasking.Decide(Api, Candidates, User("user-1", "viewer"), reversed);

        Assert.Equal(["fullName", "email", "phone", "salary"], decisions.Select(d => d.Column));
    }

    [Fact]
    public void Table_without_masked_columns_has_no_decisions()
    {
        var plain = Candidates with { Name = "plain", Masking = new Dictionary<string, MaskingRule>(), Columns = [Candidates.Columns[0], Candidates.Columns[7]] };

        Assert.False(RecordMasking.HasMaskedColumns(plain));
        Assert.True(RecordMasking.HasMaskedColumns(Candidates));
        Assert.Empty(RecordMasking.Decide(Api, plain, CallerIdentity.Anonymous, Row()));
    }

    private static Dictionary<string, object?> Mask(CallerIdentity caller) => RecordMasking.Apply(Api, Candidates, caller, Row());
}
