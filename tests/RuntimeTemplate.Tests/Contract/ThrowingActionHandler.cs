using System.Runtime.CompilerServices;
using ApiStudio.Runtime.Actions;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>The code of the deals' <c>sync</c> action, failing the way third-party calls fail: an unexpected exception with a cause.</summary>
public sealed class ThrowingActionHandler : IActionHandler
{
    public const string Message = "Cannot read properties of undefined (reading 'ledger')";
    public const string Cause = "The accounting service did not answer within 30 s";

    public string Table => "deals";

    public string Action => "sync";

    public Task ExecuteAsync(ActionContext context) => PushToAccounting(context);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task PushToAccounting(ActionContext context) =>
        throw new InvalidOperationException(Message, new TimeoutException(Cause));
}
