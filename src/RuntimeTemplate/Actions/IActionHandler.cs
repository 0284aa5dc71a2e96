namespace ApiStudio.Runtime.Actions;

/// <summary>
/// Custom code of an action, run after its declared effect is computed and before it is stored. An
/// exported project implements it in the partial classes a re-export never overwrites.
/// </summary>
public interface IActionHandler
{
    string Table { get; }

    string Action { get; }

    /// <summary>May read the input and the record and change <see cref="ActionContext.Values"/>; a throw gives 500 ACTION_EXECUTION_FAILED.</summary>
    Task ExecuteAsync(ActionContext context);
}
