using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Creates an application for a candidate in one call.</summary>
/// <remarks>
/// <para><c>POST /api/v2/applications/actions/quickApply</c>. Sets candidateId = $input.candidateId, jobId = $input.jobId, stage = &apos;applied&apos;. Roles: recruiter+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/ApplicationsQuickApplyHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class ApplicationsQuickApplyHandler : IActionHandler
{
    public string Table => "applications";

    public string Action => "quickApply";
}
