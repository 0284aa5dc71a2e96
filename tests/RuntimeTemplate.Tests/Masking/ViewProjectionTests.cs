using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Masking;
using ApiStudio.Runtime.Tracing;
using static ApiStudio.Runtime.Tests.Masking.MaskingDefinition;

namespace ApiStudio.Runtime.Tests.Masking;

public class ViewProjectionTests
{
    private readonly DecisionTrace trace = new();

    [Fact]
    public void Projection_keeps_only_the_view_fields_in_view_order()
    {
        var projected = ViewProjection.Project(Candidates.Views[0], Row());

        Assert.Equal(["fullName", "id", "portfolio"], projected.Keys);
    }

    [Fact]
    public void Projection_of_a_masked_row_shows_masked_values()
    {
        var masked = RecordMasking.Apply(Api, Candidates, User("user-1", "viewer"), Row());

        Assert.Equal("J. Q. D.", ViewProjection.Project(Candidates.Views[0], masked)["fullName"]);
    }

    [Fact]
    public void Projection_leaves_out_fields_the_row_lacks()
    {
        var row = Row();
        row.Remove("portfolio");

        Assert.Equal(["fullName", "id"], ViewProjection.Project(Candidates.Views[0], row).Keys);
    }

    [Fact]
    public void Role_admitted_by_a_plus_reference_may_read_the_view()
    {
        var access = ViewProjection.CheckAccess(Api, Candidates, Candidates.Views[0], User("u", "manager"), trace);

        Assert.True(access.Allowed);
        Assert.Equal(TraceOutcome.Passed, Assert.Single(trace.Steps).Outcome);
    }

    [Fact]
    public void Role_outside_the_view_is_refused_with_required_and_current_for_ACCESS_ROLE_REQUIRED()
    {
        var access = ViewProjection.CheckAccess(Api, Candidates, Candidates.Views[0], User("u", "viewer", "auditor"), trace);

        Assert.False(access.Allowed);
        Assert.Equal(["recruiter", "manager", "admin"], access.Required);
        Assert.Equal(["viewer", "auditor"], access.Current);
        var step = trace.Denial!;
        Assert.Equal(ErrorLayer.Access, step.Layer);
        Assert.Equal("access: view 'shortlist' of 'candidates': roles 'viewer', 'auditor' are not in [recruiter+]", step.Reason);
        Assert.Equal("call as one of recruiter, manager, admin, or add a role of the caller to the view's roles", step.Fix);
    }

    [Fact]
    public void Public_view_admits_anonymous_callers()
    {
        var access = ViewProjection.CheckAccess(Api, Candidates, Candidates.Views[1], CallerIdentity.Anonymous, trace);

        Assert.True(access.Allowed);
        Assert.Equal("access: anyone may read view 'board' of 'candidates' ([PUBLIC])", trace.Steps[0].Reason);
    }

    [Fact]
    public void Refusal_feeds_the_access_error_factory()
    {
        var access = ViewProjection.CheckAccess(Api, Candidates, Candidates.Views[0], User("u", "viewer"));

        var error = ApiErrors.AccessRoleRequired(access.Required, access.Current);

        Assert.Equal("""{"required":["recruiter","manager","admin"],"current":["viewer"]}""", error.Details!.ToJsonString());
    }
}
