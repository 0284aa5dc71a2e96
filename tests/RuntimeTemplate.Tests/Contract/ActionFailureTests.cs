using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// 500 ACTION_EXECUTION_FAILED: the deals' <c>sync</c> action runs <see cref="ThrowingActionHandler"/>, registered
/// in the test's services as the action's code. Its body names the exception, its cause and three sanitized
/// frames; the full stack only when the API exposes it.
/// </summary>
public abstract class ActionFailureTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Throwing_action_code_returns_500_ACTION_EXECUTION_FAILED_with_name_cause_and_three_sanitized_frames(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect));

        var (response, url, frames) = await SyncAsync(api, dialect);

        Assert.StartsWith("at ThrowingActionHandler.PushToAccounting (ThrowingActionHandler.cs:", frames[0]!.GetValue<string>(), StringComparison.Ordinal);
        ErrorContract.Assert(response, dialect, Expected(frames, stack: null), ExpectedEcho.Post(url, null));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Throwing_action_code_with_EXPOSE_ERROR_STACK_adds_details_stack(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect, StackInOptions: true));

        var (response, url, frames) = await SyncAsync(api, dialect);

        var stack = ExceptionFrames.AssertStack(ErrorContract.DetailsOf(response.Body!, dialect), typeof(InvalidOperationException).FullName!, ThrowingActionHandler.Message);
        Assert.Contains(nameof(ThrowingActionHandler), stack, StringComparison.Ordinal);
        ErrorContract.Assert(response, dialect, Expected(frames, stack), ExpectedEcho.Post(url, null));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Throwing_action_code_with_exposeErrorStack_in_the_definition_adds_details_stack(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect, StackInDefinition: true));

        var (response, url, frames) = await SyncAsync(api, dialect);

        var stack = ExceptionFrames.AssertStack(ErrorContract.DetailsOf(response.Body!, dialect), typeof(InvalidOperationException).FullName!, ThrowingActionHandler.Message);
        ErrorContract.Assert(response, dialect, Expected(frames, stack), ExpectedEcho.Post(url, null));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Action_failure_frames_name_methods_not_compiler_generated_state_machines(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect));

        var (_, _, frames) = await SyncAsync(api, dialect);

        Assert.All(frames.Select(f => f!.GetValue<string>()), frame => Assert.DoesNotContain('<', frame));
    }

    private static async Task<(ContractResponse Response, string Url, JsonArray Frames)> SyncAsync(ContractApi api, ErrorDialect dialect)
    {
        var id = await api.CreateAsync(api.Sales, "deals", new { title = "Big" });
        var response = await ContractResponse.ReadAsync(await api.Sales.PostAsync($"/deals/{id}/sync", null));
        Assert.True(response.Status == 500 && response.Body is not null, $"Expected a 500 body, got {response.Status}: {response.Text}");
        return (response, $"{api.Base}/deals/{id}/sync", ExceptionFrames.Assert(ErrorContract.DetailsOf(response.Body!, dialect)));
    }

    private static ExpectedError Expected(JsonArray frames, string? stack)
    {
        var details = new JsonObject { ["name"] = "InvalidOperationException", ["frames"] = frames.DeepClone(), ["cause"] = ThrowingActionHandler.Cause };
        if (stack is not null)
        {
            details["stack"] = stack;
        }

        return new ExpectedError(500, "action", "ACTION_EXECUTION_FAILED", ThrowingActionHandler.Message, "common/internal-error")
        {
            Details = details,
            Hint = "The action handler threw an unhandled error. Check server logs for the underlying cause.",
        };
    }
}

[Collection(SqliteContractApis.Collection)]
public sealed class ActionFailureTestsOnSqlite(SqliteContractApis apis) : ActionFailureTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class ActionFailureTestsOnPostgres(PostgresContractApis apis) : ActionFailureTests(apis);
