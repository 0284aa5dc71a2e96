using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

/// <summary>Rejects an application at any open stage.</summary>
/// <remarks>
/// <para><c>POST /api/v2/applications/{id}/reject</c>. Sets stage = &apos;rejected&apos;. Moves stage: applied to rejected; screening to rejected; interview to rejected; offer to rejected. Roles: hiring-manager+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/ApplicationsRejectHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class ApplicationsRejectHandler : IActionHandler
{
    public string Table => "applications";

    public string Action => "reject";
}
