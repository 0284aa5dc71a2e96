using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Closes an open job.</summary>
/// <remarks>
/// <para><c>POST /api/v2/jobs/{id}/close</c>. Sets status = &apos;closed&apos;. Moves status: open to closed. Roles: hiring-manager+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/JobsCloseHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class JobsCloseHandler : IActionHandler
{
    public string Table => "jobs";

    public string Action => "close";
}
