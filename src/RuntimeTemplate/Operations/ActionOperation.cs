using ApiStudio.Runtime.Access;
using ApiStudio.Runtime.Actions;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Operations;

/// <summary>
/// <c>POST {base}/{table}/{id}/{action}</c> and <c>POST {base}/{table}/actions/{action}</c>, in the order
/// authentication → firewall → access roles → input → record rules and state → effect → masking.
/// </summary>
public static class ActionOperation
{
    public static async Task<IResult> HandleRecordAsync(TableRequest request, ActionDefinition action, string id)
    {
        var path = AccessPath(request, action);
        var (scope, key, row) = await RecordAccess.LoadAsync(request, id, action.Name, action.Access, path, checkRecordRules: false);
        var input = await ReadInputAsync(request, action);
        RecordAccess.CheckRecordRules(request, action.Access, row, path);
        var values = ActionEffect.Values(request.Table, action, input, request.Caller, request.Now);
        StateTransitionCheck.Require(action, row, values, request.Trace, request.PathOf($"actions[{ActionIndex(request, action)}].transition"));
        await RunHandlersAsync(request, action, input, row, values);
        GuardCheck.Check(request.Table, WriteKind.Action(action.Name), values.Keys, request.Trace);
        await ReferenceCheck.RequireVisibleAsync(request, values, InputNameOf(action));
        var entity = await request.Store.FindEntityAsync(key, scope, request.Aborted) ?? throw new ApiException(scope.Diagnose(null, request.Trace));
        request.Store.SetValues(entity, RecordValues.ForUpdate(request.Caller, values, request.Now));
        await RecordWrites.SaveAsync(request, insert: false);
        return JsonResponse.Ok(request.Http, RecordOutput.Body(request, request.Store.ToRow(entity)));
    }

    public static async Task<IResult> HandleStandaloneAsync(TableRequest request, ActionDefinition action)
    {
        var scope = RecordAccess.Enter(request, action.Name, action.Access, AccessPath(request, action));
        var input = await ReadInputAsync(request, action);
        var values = ActionEffect.Values(request.Table, action, input, request.Caller, request.Now);
        await RunHandlersAsync(request, action, input, null, values);
        GuardCheck.Check(request.Table, WriteKind.Action(action.Name), values.Keys, request.Trace);
        await ReferenceCheck.RequireVisibleAsync(request, values, InputNameOf(action));
        var entity = request.Store.NewEntity(RecordValues.ForCreate(request.Table, scope, request.Caller, values, request.Now));
        await RecordWrites.SaveAsync(request, insert: true);
        return JsonResponse.Created(request.Http, RecordOutput.Body(request, request.Store.ToRow(entity)));
    }

    private static async Task<Dictionary<string, object?>> ReadInputAsync(TableRequest request, ActionDefinition action)
    {
        var body = await RequestBodyReader.ReadObjectAsync(request.Http.Request, request.Options.MaxBodyBytes, allowEmpty: true, request.Aborted);
        return InputValidation.ValidateActionInput(action, body, request.Trace);
    }

    private static async Task RunHandlersAsync(TableRequest request, ActionDefinition action, IReadOnlyDictionary<string, object?> input,
        IReadOnlyDictionary<string, object?>? row, Dictionary<string, object?> values)
    {
        var handlers = request.Http.RequestServices.GetServices<IActionHandler>()
            .Where(h => h.Table == request.Table.Name && h.Action == action.Name)
            .ToList();
        foreach (var handler in handlers)
        {
            try
            {
                await handler.ExecuteAsync(new ActionContext(action, request.Caller, input, row, values, request.Aborted));
            }
            catch (Exception exception) when (exception is not ApiException and not OperationCanceledException)
            {
                request.Trace.Failed(ErrorLayer.Action, action.Name, $"the action's code threw {exception.GetType().Name}: {exception.Message}",
                    "Fix the action's code; the frames in details point at it.");
                throw new ApiException(ApiErrors.ActionExecutionFailed(exception, request.Options.ExposeErrorStack));
            }
        }
    }

    /// <summary>The input a set field's value came from, so a refused reference names what the client sent.</summary>
    private static Func<string, string> InputNameOf(ActionDefinition action) => field =>
        action.Set.TryGetValue(field, out var operand) && operand.IsInputReference ? operand.InputName! : field;

    private static int ActionIndex(TableRequest request, ActionDefinition action) => request.Table.Actions.ToList().IndexOf(action);

    private static string AccessPath(TableRequest request, ActionDefinition action) => request.PathOf($"actions[{ActionIndex(request, action)}].access");
}
