using ApiStudio.Runtime.Actions;

namespace Crm.Actions;

/// <summary>Moves a deal to its next stage.</summary>
/// <remarks>
/// <para><c>POST /api/v1/deals/{id}/advance</c>. Sets stage = $input.stage. Moves stage: lead to qualified or lost; qualified to proposal or lost; proposal to won or lost. Roles: sales+.</para>
/// <para>Generated from api.json; write the action's code in Custom/Actions/DealsAdvanceHandler.cs, which an export never overwrites.</para>
/// </remarks>
public sealed partial class DealsAdvanceHandler : IActionHandler
{
    public string Table => "deals";

    public string Action => "advance";
}
