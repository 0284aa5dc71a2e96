using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Opens a draft job.</summary>
/// <remarks>
/// <para><c>POST /api/v2/jobs/{id}/publish</c>. Sets status = &apos;open&apos;. Moves status: draft to open. Roles: hiring-manager+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/JobsPublishHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class JobsPublishHandler : IActionHandler
{
    public string Table => "jobs";

    public string Action => "publish";
}
