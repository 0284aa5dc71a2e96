using ApiStudio.Runtime.Actions;

namespace Hiring.Actions;

// Yours: an export writes this file only when it is missing, and never changes it.
// The other half of the class, in Actions/JobsPublishHandler.cs, is rewritten by every export.
public partial class JobsPublishHandler
{
    /// <summary>
    /// Runs after the action's declared effect is computed and before the record is stored: read
    /// <c>context.Input</c> and <c>context.Record</c>, change <c>context.Values</c>. Throwing an
    /// <c>ApiException</c> answers with its error; any other exception gives 500 ACTION_EXECUTION_FAILED.
    /// </summary>
    public Task ExecuteAsync(ActionContext context) => Task.CompletedTask;
}
