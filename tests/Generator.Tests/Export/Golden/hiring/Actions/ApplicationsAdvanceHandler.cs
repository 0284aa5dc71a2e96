using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Moves an application one stage forward.</summary>
/// <remarks>
/// <para><c>POST /api/v2/applications/{id}/advance</c>. Sets stage = $input.stage, score = $input.score. Moves stage: applied to screening; screening to interview; interview to offer; offer to hired. Roles: recruiter+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/ApplicationsAdvanceHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class ApplicationsAdvanceHandler : IActionHandler
{
    public string Table => "applications";

    public string Action => "advance";
}
