using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// 500 INTERNAL_ERROR from the global handler. No hook in src/: the test registers EF Core interceptors
/// (<see cref="FaultInjection"/>) on the runtime's DbContext that throw from the first database command of a
/// request carrying X-Test-Fault, before any table code runs (the authentication layer's session lookup).
/// A <see cref="System.Data.Common.DbException"/> lands in layer database, anything else in layer internal.
/// </summary>
public abstract class InternalErrorTests(ContractApis apis) : ContractTests(apis)
{
    private const string Hint = "Uncaught error during request handling. Look up the requestId in server logs for the full stack trace, or set EXPOSE_ERROR_STACK=1 to include it inline.";

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Dropped_database_connection_returns_500_INTERNAL_ERROR_in_layer_database_with_name_cause_and_frames(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect));

        var response = await SendAsync(api, FaultInjection.ConnectionReset);

        var frames = ExceptionFrames.Assert(ErrorContract.DetailsOf(response.Body!, dialect));
        ErrorContract.Assert(response, dialect, ConnectionReset(frames, stack: null), ExpectedEcho.Get($"{api.Base}/companies?limit=5"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Defect_outside_any_layer_returns_500_INTERNAL_ERROR_in_layer_internal(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect));

        var response = await SendAsync(api, FaultInjection.Bug);

        var frames = ExceptionFrames.Assert(ErrorContract.DetailsOf(response.Body!, dialect));
        ErrorContract.Assert(response, dialect,
            new ExpectedError(500, "internal", "INTERNAL_ERROR", FaultInjection.BugMessage, "common/internal-error")
            {
                Details = new JsonObject { ["name"] = "InvalidOperationException", ["frames"] = frames },
                Hint = Hint,
            },
            ExpectedEcho.Get($"{api.Base}/companies?limit=5"));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Internal_error_with_EXPOSE_ERROR_STACK_adds_details_stack(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect, StackInOptions: true));

        var response = await SendAsync(api, FaultInjection.ConnectionReset);

        var details = ErrorContract.DetailsOf(response.Body!, dialect);
        var frames = ExceptionFrames.Assert(details);
        var stack = ExceptionFrames.AssertStack(details, "SimulatedConnectionReset", FaultInjection.ConnectionResetMessage);
        ErrorContract.Assert(response, dialect, ConnectionReset(frames, stack), ExpectedEcho.Get($"{api.Base}/companies?limit=5"));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Internal_error_with_exposeErrorStack_in_the_definition_adds_details_stack(ErrorDialect dialect)
    {
        var api = await Apis.For(new ContractVariant(dialect, StackInDefinition: true));

        var response = await SendAsync(api, FaultInjection.ConnectionReset);

        var details = ErrorContract.DetailsOf(response.Body!, dialect);
        var frames = ExceptionFrames.Assert(details);
        var stack = ExceptionFrames.AssertStack(details, "SimulatedConnectionReset", FaultInjection.ConnectionResetMessage);
        ErrorContract.Assert(response, dialect, ConnectionReset(frames, stack), ExpectedEcho.Get($"{api.Base}/companies?limit=5"));
    }

    private static async Task<ContractResponse> SendAsync(ContractApi api, string fault)
    {
        var response = await ContractResponse.ReadAsync(await api.Viewer.GetAsync("/companies?limit=5", r => r.Headers.Add(FaultInjection.Header, fault)));
        Assert.True(response.Status == 500 && response.Body is not null, $"Expected a 500 body, got {response.Status}: {response.Text}");
        return response;
    }

    private static ExpectedError ConnectionReset(JsonArray frames, string? stack)
    {
        var details = new JsonObject { ["name"] = "SimulatedConnectionReset", ["frames"] = frames, ["cause"] = FaultInjection.ConnectionResetCause };
        if (stack is not null)
        {
            details["stack"] = stack;
        }

        return new ExpectedError(500, "database", "INTERNAL_ERROR", FaultInjection.ConnectionResetMessage, "common/internal-error")
        {
            Details = details,
            Hint = Hint,
        };
    }
}

[Collection(SqliteContractApis.Collection)]
public sealed class InternalErrorTestsOnSqlite(SqliteContractApis apis) : InternalErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class InternalErrorTestsOnPostgres(PostgresContractApis apis) : InternalErrorTests(apis);
